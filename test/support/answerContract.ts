// What a client typed from the schema may rely on in any answer, partial ones included
// (GraphQL spec, October 2021, "Handling Field Errors" and "Response"): `data` is there
// once execution started; no null sits in a non-null position; every position that an
// error nulled is reachable from an error whose path (list indices included) leads to
// it; and, compared with the full answer, every value that is there is right.
// Written apart from the gateway's completion so that one does not vouch for itself.
import {
  getNullableType,
  getVariableValues,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type DocumentNode,
  type FragmentDefinitionNode,
} from "graphql";

export interface Answer {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Violation {
  rule: "data missing" | "field missing" | "null in a non-null position" | "nulled without an error" | "error path skips a list index" | "wrong value" | "another department's data lost" | "error path leads to a value";
  path: string;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  errorPaths: string[];
  violations: Violation[];
  /** With a subgraph down: which subgraphs resolve a field, to find the other departments' data the answer lost. */
  outage?: Outage;
}

export interface Outage {
  subgraph: string;
  ownersOf(type: string, field: string): ReadonlySet<string>;
}

const show = (path: readonly (string | number)[]) => path.join(".");

/** The spec violations in `answer` to `document`; with `full` (the answer with every subgraph up), wrong or unexplained nulls too. */
export function answerViolations(schema: GraphQLSchema, document: DocumentNode, answer: Answer, options: { variables?: Record<string, unknown>; full?: Answer; outage?: Outage } = {}): Violation[] {
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const walk: Walk = {
    schema,
    fragments: new Map(document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : []))),
    // @skip and @include read the variables as the executor does: with their defaults.
    variables: getVariableValues(schema, operation.variableDefinitions ?? [], options.variables ?? {}).coerced ?? options.variables ?? {},
    errorPaths: (answer.errors ?? []).flatMap((error) => (error.path ? [show(error.path)] : [])),
    violations: [],
    outage: options.outage,
  };
  if (answer.data === undefined) return [{ rule: "data missing", path: "" }];
  for (const error of answer.errors ?? []) checkErrorPath(error.path ?? [], answer.data, walk);
  const root = operation.operation === "mutation" ? schema.getMutationType()! : schema.getQueryType()!;
  if (answer.data !== null) selection(answer.data, options.full?.data ?? undefined, root, operation.selectionSet, [], walk);
  else if (options.full?.data) {
    nulled([], walk);
    lost(options.full.data, root, operation.selectionSet, [], walk);
  }
  return walk.violations;
}

/** An error's path must name a list item by its index wherever the answer has a list, and lead to a null it explains. */
function checkErrorPath(path: readonly (string | number)[], data: unknown, walk: Walk): void {
  if (path.length === 0) return;
  let value = data;
  for (const [index, segment] of path.entries()) {
    if (value === null || value === undefined) return;
    if (Array.isArray(value) && typeof segment !== "number") {
      walk.violations.push({ rule: "error path skips a list index", path: show(path.slice(0, index + 1)) });
      return;
    }
    value = (value as Record<string | number, unknown>)[segment];
  }
  if (value !== null && value !== undefined) walk.violations.push({ rule: "error path leads to a value", path: show(path) });
}

/** A null the full answer does not have must be covered by an error whose path starts here. */
function nulled(path: (string | number)[], walk: Walk): void {
  const here = show(path);
  const covered = walk.errorPaths.some((errorPath) => errorPath === here || errorPath.startsWith(here === "" ? "" : `${here}.`));
  if (!covered) walk.violations.push({ rule: "nulled without an error", path: here });
}

function selection(value: Record<string, unknown>, full: Record<string, unknown> | undefined, type: GraphQLObjectType, selectionSet: SelectionSetNode, path: (string | number)[], walk: Walk): void {
  for (const field of fieldsOf(selectionSet, type, walk)) {
    const key = field.alias?.value ?? field.name.value;
    if (field.name.value === "__typename") continue;
    const definition = type.getFields()[field.name.value]!;
    if (!(key in value)) walk.violations.push({ rule: "field missing", path: show([...path, key]) });
    else if (value[key] === null && full?.[key] !== undefined && full[key] !== null) lostField(full[key], type, field, [...path, key], walk);
    if (key in value) completeValue(value[key], full?.[key], definition.type, field, [...path, key], walk);
  }
}

function completeValue(value: unknown, full: unknown, type: GraphQLOutputType, field: FieldNode, path: (string | number)[], walk: Walk): void {
  if (value === null) {
    if (isNonNullType(type)) walk.violations.push({ rule: "null in a non-null position", path: show(path) });
    if (full !== undefined && full !== null) nulled(path, walk);
    return;
  }
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = value as unknown[];
    const fullItems = Array.isArray(full) ? full : undefined;
    if (fullItems && fullItems.length !== items.length) walk.violations.push({ rule: "wrong value", path: show(path) });
    items.forEach((item, index) => completeValue(item, fullItems?.[index], nullable.ofType, field, [...path, index], walk));
    return;
  }
  if (isLeafType(nullable)) {
    if (full !== undefined && JSON.stringify(full) !== JSON.stringify(value)) walk.violations.push({ rule: "wrong value", path: show(path) });
    return;
  }
  const object = value as Record<string, unknown>;
  const runtime = isAbstractType(nullable) ? walk.schema.getType(String(object.__typename)) : nullable;
  if (!runtime || !("getFields" in runtime) || isAbstractType(runtime)) return;
  selection(object, (full ?? undefined) as Record<string, unknown> | undefined, runtime as GraphQLObjectType, field.selectionSet!, path, walk);
}

/** With a subgraph down, a value the full answer has and this one lost must be that subgraph's (or a key, which belongs to no one). */
function lostField(full: unknown, parent: GraphQLObjectType, field: FieldNode, path: (string | number)[], walk: Walk, carrier: ReadonlySet<string> = new Set()): void {
  const outage = walk.outage;
  if (!outage || full === null || full === undefined) return;
  // A field of a shared value type (Observation, Source) belongs to whoever resolved its parent.
  const own = outage.ownersOf(parent.name, field.name.value);
  const owners = own.size > 0 ? own : carrier;
  const nullable = getNullableType(parent.getFields()[field.name.value]!.type);
  const named = isListType(nullable) ? getNullableType(nullable.ofType) : nullable;
  // What hangs under the down department's own fields could only be reached through it;
  // not so under its look-up of an entity other departments extend (another entry exists).
  if (owners.has(outage.subgraph) && !(parent === walk.schema.getQueryType() && extendedByOthers(named, outage))) return;
  if (isLeafType(named) || isListType(named)) {
    if (owners.size > 0 && !owners.has(outage.subgraph)) walk.violations.push({ rule: "another department's data lost", path: `${show(path)} (${[...owners].join(", ")})` });
    return;
  }
  const items = Array.isArray(full) ? full : [full];
  items.forEach((item, index) => {
    if (item === null || typeof item !== "object") return;
    const object = item as Record<string, unknown>;
    const runtime = isAbstractType(named) ? walk.schema.getType(String(object.__typename)) : named;
    if (runtime && isObjectTypeLike(runtime)) lost(object, runtime, field.selectionSet!, Array.isArray(full) ? [...path, index] : path, walk, owners);
  });
}

function lost(full: Record<string, unknown>, type: GraphQLObjectType, selectionSet: SelectionSetNode, path: (string | number)[], walk: Walk, carrier?: ReadonlySet<string>): void {
  for (const field of fieldsOf(selectionSet, type, walk)) {
    const key = field.alias?.value ?? field.name.value;
    if (field.name.value !== "__typename") lostField(full[key], type, field, [...path, key], walk, carrier);
  }
}

function extendedByOthers(type: unknown, outage: Outage): boolean {
  if (!isObjectTypeLike(type)) return false;
  const owners = new Set(Object.keys(type.getFields()).flatMap((field) => [...outage.ownersOf(type.name, field)]));
  return owners.size > 1;
}

function isObjectTypeLike(type: unknown): type is GraphQLObjectType {
  return typeof type === "object" && type !== null && "getFields" in type && !isAbstractType(type as never);
}

/** The fields selected on an object of `type`: fragments whose condition it meets, @skip/@include applied. */
function fieldsOf(selectionSet: SelectionSetNode, type: GraphQLObjectType, walk: Walk): FieldNode[] {
  const fields = new Map<string, FieldNode>();
  const visit = (set: SelectionSetNode) => {
    for (const node of set.selections) {
      if (!included(node.directives ?? [], walk)) continue;
      if (node.kind === Kind.FIELD) {
        // A key selected twice (two fragments) gets both selections.
        const key = node.alias?.value ?? node.name.value;
        const before = fields.get(key);
        const selections = [...(before?.selectionSet?.selections ?? []), ...(node.selectionSet?.selections ?? [])];
        fields.set(key, before && selections.length ? { ...before, selectionSet: { kind: Kind.SELECTION_SET, selections } } : (before ?? node));
        continue;
      }
      const fragment = node.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(node.name.value)! : node;
      const condition = fragment.typeCondition?.name.value;
      if (!condition || applies(condition, type, walk)) visit(fragment.selectionSet);
    }
  };
  visit(selectionSet);
  return [...fields.values()];
}

function applies(condition: string, type: GraphQLObjectType, walk: Walk): boolean {
  if (condition === type.name) return true;
  const conditionType = walk.schema.getType(condition);
  return !!conditionType && isAbstractType(conditionType) && walk.schema.isSubType(conditionType, type);
}

function included(directives: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: { kind: string; value?: unknown; name?: { value: string } } }[] }[], walk: Walk): boolean {
  for (const directive of directives) {
    const argument = directive.arguments?.find((candidate) => candidate.name.value === "if")?.value;
    const condition = argument?.kind === Kind.VARIABLE ? Boolean(walk.variables[argument.name!.value]) : Boolean(argument?.value);
    if (directive.name.value === "skip" && condition) return false;
    if (directive.name.value === "include" && !condition) return false;
  }
  return true;
}

