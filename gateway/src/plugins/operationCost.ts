// An operation's cost: the most objects its answer can hold. A field whose type is an
// object (or a list of objects, an interface, a union) counts one for each object it can
// return; scalars and enums are free, since the token limit bounds how many a document
// names. A field that takes a page size (`first`, `last`) multiplies itself and
// everything under it by that size: the literal asked, or the schema's default when the
// argument is absent. A variable counts as the subgraphs' page cap whatever its default
// or the value a request sends, so the cost depends on the document's text alone: it is
// decided once per document, by validation (cached per document) or when a trusted
// document is registered, never per request.
//
// A list without a page size counts as ASSUMED_LIST_SIZE objects: an assumption, since
// neither the document nor the schema says how many it holds. Otherwise every branch
// counts, a fragment on one member of a union as much as @include(if: $flag).
import { MAX_PAGE_SIZE } from "@gcm-hub/platform";
import {
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * What a list without a page size counts as holding (the objectives, an initiative's
 * countries, a measure's figures). Counted as one, such lists nested in each other
 * (objectives -> initiatives -> objectives) made a query whose answer held 16,000 objects
 * cost 9; counted as ten, each level multiplies by ten (Apollo Router's demand control
 * likewise takes a configured `list_size` for lists it knows no size for). A department
 * that knows a list's size better could declare it (the cost directives' @listSize); none
 * does yet.
 */
export const ASSUMED_LIST_SIZE = 10;

/** Arguments that set how many items a page holds (Relay's cursor connections). */
const PAGE_SIZE_ARGUMENTS = new Set(["first", "last"]);

/** A fragment's definition by name: the document's own (a validation context's getFragment). */
export type FragmentLookup = (name: string) => FragmentDefinitionNode | null | undefined;

export function operationCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragmentNamed: FragmentLookup): number {
  const root = schema.getRootType(operation.operation);
  return root ? costCounter(schema, fragmentNamed).selectionCost(operation.selectionSet, root) : 0;
}

function costCounter(schema: GraphQLSchema, fragmentNamed: FragmentLookup) {
  // A fragment costs the same wherever it is spread: counted once, however often it is used.
  const fragmentCosts = new Map<string, number>();
  const typeNamed = (name: string | undefined) => (name === undefined ? undefined : schema.getType(name));

  function selectionCost(selectionSet: SelectionSetNode, parent: GraphQLNamedType): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) cost += fieldCost(selection, parent);
      else if (selection.kind === Kind.INLINE_FRAGMENT) cost += selectionCost(selection.selectionSet, typeNamed(selection.typeCondition?.name.value) ?? parent);
      else cost += fragmentCost(selection.name.value);
    }
    return cost;
  }

  function fieldCost(node: FieldNode, parent: GraphQLNamedType): number {
    // Introspection (__schema, __type) is not among a type's fields, so it costs nothing;
    // an unknown field is the schema rules' to refuse.
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    const type = field && getNamedType(field.type);
    if (!field || !node.selectionSet || !isCompositeType(type)) return 0;
    return itemCount(field, node, parent) * (1 + selectionCost(node.selectionSet, type));
  }

  function fragmentCost(name: string): number {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragmentNamed(name);
    const type = typeNamed(fragment?.typeCondition.name.value);
    if (!fragment || !type) return 0;
    // A fragment that spreads itself is NoFragmentCyclesRule's to refuse; here it only must not loop.
    fragmentCosts.set(name, 0);
    const cost = selectionCost(fragment.selectionSet, type);
    fragmentCosts.set(name, cost);
    return cost;
  }

  return { selectionCost };
}

/**
 * How many objects the field can return per object: a page's size when it takes one; one
 * for a single object and for a connection's edges (its page, counted on the connection);
 * ASSUMED_LIST_SIZE for any other list.
 */
function itemCount(field: GraphQLField<unknown, unknown>, node: FieldNode, parent: GraphQLNamedType): number {
  const declared = field.args.filter((argument) => PAGE_SIZE_ARGUMENTS.has(argument.name));
  if (declared.length > 0) return pageSize(declared, node);
  if (!isListType(getNullableType(field.type))) return 1;
  if (isObjectType(parent) && "pageInfo" in parent.getFields()) return 1;
  return ASSUMED_LIST_SIZE;
}

/** The page size a field with `first`/`last` (`declared`) is asked for: the literal, the cap for a variable, else the schema's default. */
function pageSize(declared: readonly GraphQLArgument[], node: FieldNode): number {
  const given = node.arguments?.filter((argument) => PAGE_SIZE_ARGUMENTS.has(argument.name.value)) ?? [];
  // A negative literal is refused by the subgraph, and must not lower the cost of the rest.
  if (given.length > 0) return Math.max(...given.map(({ value }) => (value.kind === Kind.INT ? Math.max(0, Number(value.value)) : MAX_PAGE_SIZE)));
  const defaults = declared.map((argument) => argument.defaultValue).filter((value): value is number => typeof value === "number");
  return defaults.length > 0 ? Math.max(...defaults) : MAX_PAGE_SIZE;
}
