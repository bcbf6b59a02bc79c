// Completes a partial answer so that a client typed from the schema can parse it
// (GraphQL spec, October 2021, "Handling Field Errors"). When a subgraph fails, Hive's
// executor (both planners, gateway-runtime 2.12.1, the latest release) can leave a null
// in a non-null position, drop `data` when a nullable root field fails, give an error a
// path without list indices, and report one error for a fetch that nulled several
// fields. Here, once the executor is done:
//  - `data` is present once execution started (a missing root field is null);
//  - an error's path names every list item it nulled (one error per item);
//  - a null in a non-null position goes up to the nearest nullable parent;
//  - every null of a field a failed subgraph resolves carries an error naming that
//    subgraph whose path leads to it; an error left pointing at a value (a fetch's
//    parent, not what it nulled) is dropped once the subgraph is named where it failed.
import {
  GraphQLError,
  getNullableType,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type DocumentNode,
} from "graphql";
import { isTransportFailure, namedSubgraph, ownerOfPath } from "./errors.js";
import type { SubgraphOwnership } from "./subgraphOwnership.js";

export interface ExecutedOperation {
  /** The API schema the operation ran against. */
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Readonly<Record<string, unknown>> | null;
  /** Which subgraph resolves which field. */
  ownership: SubgraphOwnership;
  /** The supergraph as a schema, to name the subgraph behind an error that names none. */
  supergraph: GraphQLSchema;
}

type Path = (string | number)[];
type ObjectValue = Record<string, unknown>;

/** Codes of errors that mean "this subgraph could not answer", besides transport failures. */
const FAILURE_CODES = new Set(["INTERNAL_SERVER_ERROR", ""]);

const keyOf = (path: readonly (string | number)[]) => path.join("\u0000");

class Completion {
  readonly errors: GraphQLError[] = [];
  /** Every prefix of every error path: a position is covered when an error's path starts with it. */
  private readonly covered = new Set<string>();
  /** Subgraphs that failed in this request, with the error that says so. */
  readonly failed = new Map<string, GraphQLError>();

  constructor(readonly operation: ExecutedOperation, private readonly fragments: Map<string, FragmentDefinitionNode>) {}

  add(error: GraphQLError): void {
    this.errors.push(error);
    const path = error.path ?? [];
    for (let length = 0; length <= path.length; length++) this.covered.add(keyOf(path.slice(0, length)));
  }

  /**
   * Non-null positions left null with nothing to say why. The null goes up to a parent;
   * if a sibling's error already leads there, that error explains it and these are dropped.
   */
  private readonly unexplained = new Map<string, Path>();

  /** A null here needs an error leading to it: one from a subgraph that resolves the field and failed, else (non-null only) one added at the end if nothing else explains it. */
  explainNull(path: Path, owners: ReadonlySet<string>, nonNull: boolean): void {
    if (this.covered.has(keyOf(path))) return;
    const owner = [...owners].find((subgraph) => this.failed.has(subgraph));
    if (owner) this.add(sameError(this.failed.get(owner)!, path));
    else if (nonNull) this.unexplained.set(keyOf(path), path);
  }

  /** Errors for the non-null nulls nothing explained: a failed subgraph's, else an unexpected error. */
  explainTheRest(): void {
    const cause = [...this.failed.values()][0] ?? new GraphQLError("Unexpected error.", { extensions: { code: "INTERNAL_SERVER_ERROR" } });
    for (const path of this.unexplained.values()) this.add(sameError(cause, path));
  }

  object(value: ObjectValue, type: GraphQLObjectType, selectionSet: SelectionSetNode, path: Path): ObjectValue | null {
    const completed: ObjectValue = {};
    const nulling: Path[] = [];
    for (const field of this.fieldsOf(selectionSet, type)) {
      const key = field.alias?.value ?? field.name.value;
      if (field.name.value === "__typename") {
        completed[key] = value[key] ?? type.name;
        continue;
      }
      const definition = type.getFields()[field.name.value];
      if (!definition) continue;
      const owners = this.operation.ownership.ownersOf(type.name, field.name.value);
      const result = this.value(value[key], definition.type, field, [...path, key], owners);
      if (result === null && isNonNullType(definition.type)) nulling.push([...path, key]);
      completed[key] = result;
    }
    if (nulling.length === 0) return completed;
    // This object is null: an error at one of its non-null fields explains it for all of them.
    if (nulling.some((child) => this.covered.has(keyOf(child)))) for (const child of nulling) this.unexplained.delete(keyOf(child));
    return null;
  }

  private value(value: unknown, type: GraphQLOutputType, field: FieldNode, path: Path, owners: ReadonlySet<string>): unknown {
    if (value === null || value === undefined) {
      this.explainNull(path, owners, isNonNullType(type));
      return null;
    }
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (!Array.isArray(value)) return value;
      const items = value.map((item, index) => this.value(item, nullable.ofType, field, [...path, index], owners));
      return isNonNullType(nullable.ofType) && items.includes(null) ? null : items;
    }
    if (isLeafType(nullable) || !field.selectionSet) return value;
    const runtime = this.runtimeType(value as ObjectValue, nullable, field.selectionSet);
    return runtime ? this.object(value as ObjectValue, runtime, field.selectionSet, path) : value;
  }

  /** The object type of a value: its own for an object type; for an interface or union, its __typename, else the possible type whose selection holds every key it has. */
  private runtimeType(value: ObjectValue, type: GraphQLOutputType, selectionSet: SelectionSetNode): GraphQLObjectType | undefined {
    if (isObjectType(type)) return type;
    if (!isAbstractType(type)) return undefined;
    const schema = this.operation.schema;
    const named = typeof value.__typename === "string" ? schema.getType(value.__typename) : undefined;
    if (isObjectType(named)) return named;
    const keys = Object.keys(value);
    return schema.getPossibleTypes(type).find((candidate) => {
      const selected = new Set(this.fieldsOf(selectionSet, candidate).map((field) => field.alias?.value ?? field.name.value));
      return keys.every((key) => selected.has(key));
    });
  }

  /** The fields selected on an object of `type`, in order: fragments whose condition it meets, @skip and @include applied. */
  private fieldsOf(selectionSet: SelectionSetNode, type: GraphQLObjectType): FieldNode[] {
    const fields = new Map<string, FieldNode>();
    const collect = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (!this.included(selection.directives ?? [])) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          if (!fields.has(key)) fields.set(key, selection);
          continue;
        }
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? this.fragments.get(selection.name.value) : selection;
        if (fragment && this.applies(fragment.typeCondition?.name.value, type)) collect(fragment.selectionSet);
      }
    };
    collect(selectionSet);
    return [...fields.values()];
  }

  private applies(condition: string | undefined, type: GraphQLObjectType): boolean {
    if (!condition || condition === type.name) return true;
    const conditionType = this.operation.schema.getType(condition);
    return !!conditionType && isAbstractType(conditionType) && this.operation.schema.isSubType(conditionType, type);
  }

  private included(directives: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: import("graphql").ValueNode }[] }[]): boolean {
    for (const directive of directives) {
      if (directive.name.value !== "skip" && directive.name.value !== "include") continue;
      const argument = directive.arguments?.find((candidate) => candidate.name.value === "if")?.value;
      const condition = argument?.kind === Kind.VARIABLE ? Boolean(this.operation.variables?.[argument.name.value]) : argument?.kind === Kind.BOOLEAN && argument.value;
      if ((directive.name.value === "skip") === condition) return false;
    }
    return true;
  }
}

/** The subgraph an error says could not answer, if it says so. */
function failedSubgraph(error: GraphQLError, supergraph: GraphQLSchema): string | undefined {
  const code = String(error.extensions?.code ?? "");
  if (!isTransportFailure(error) && !(FAILURE_CODES.has(code) && namedSubgraph(error))) return undefined;
  return namedSubgraph(error) ?? (error.path ? ownerOfPath(supergraph, error.path) : undefined);
}

/**
 * Where an error's path lands in `data`: every item of each list it passes without an
 * index, stopping at a null (the error leads to it). Paths that land on a value are
 * kept only when none lands on a null.
 */
export function concretePaths(path: readonly (string | number)[], data: unknown): { path: Path; nulled: boolean }[] {
  const landings: { path: Path; nulled: boolean }[] = [];
  const follow = (value: unknown, index: number, prefix: Path) => {
    if (value === null || value === undefined) return void landings.push({ path: prefix, nulled: true });
    if (index === path.length || typeof value !== "object") return void landings.push({ path: prefix, nulled: false });
    const segment = path[index]!;
    if (Array.isArray(value) && typeof segment !== "number") {
      if (value.length === 0) landings.push({ path: prefix, nulled: false });
      value.forEach((item, itemIndex) => follow(item, index, [...prefix, itemIndex]));
      return;
    }
    follow((value as Record<string | number, unknown>)[segment], index + 1, [...prefix, segment]);
  };
  follow(data, 0, []);
  const nulled = landings.filter((landing) => landing.nulled);
  return nulled.length > 0 ? nulled : landings.slice(0, 1);
}

function at(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || value === undefined) return null;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** The answer completed as the spec requires; an answer without errors is returned as it is. */
export function completeAnswer(result: ExecutionResult, operation: ExecutedOperation): ExecutionResult {
  if (!result.errors?.length || result.data === null) return result;
  const definition = operation.document.definitions.find(
    (candidate): candidate is OperationDefinitionNode => candidate.kind === Kind.OPERATION_DEFINITION && (!operation.operationName || candidate.name?.value === operation.operationName),
  );
  const root = definition && (definition.operation === "mutation" ? operation.schema.getMutationType() : definition.operation === "query" ? operation.schema.getQueryType() : null);
  if (!definition || !root) return result;

  const fragments = new Map(operation.document.definitions.flatMap((node) => (node.kind === Kind.FRAGMENT_DEFINITION ? [[node.name.value, node] as const] : [])));
  const completion = new Completion(operation, fragments);
  const given = result.data ?? {};
  const strays: GraphQLError[] = [];
  for (const error of result.errors) {
    const subgraph = failedSubgraph(error, operation.supergraph);
    if (subgraph && !completion.failed.has(subgraph)) completion.failed.set(subgraph, error);
    if (!error.path) {
      completion.add(error);
      continue;
    }
    for (const landing of concretePaths(error.path, given)) {
      const placed = sameError(error, landing.path);
      if (landing.nulled || !subgraph) completion.add(placed);
      else strays.push(placed);
    }
  }
  const data = completion.object(given, root, definition.selectionSet, []);
  completion.explainTheRest();
  // An error that landed on a value (a fetch's parent, not what it nulled) is kept with its
  // path if that value was nulled since, else without it, and only if nothing else names its subgraph.
  const named = new Set(completion.errors.map((error) => failedSubgraph(error, operation.supergraph)));
  for (const stray of strays) {
    const subgraph = failedSubgraph(stray, operation.supergraph)!;
    if (at(data, stray.path!) === null) completion.errors.push(stray);
    else if (!named.has(subgraph)) completion.errors.push(new GraphQLError(stray.message, { nodes: stray.nodes, originalError: stray.originalError, extensions: { ...stray.extensions, subgraph } }));
    named.add(subgraph);
  }
  return { ...result, data, errors: completion.errors };
}

function sameError(error: GraphQLError, path: Path | undefined): GraphQLError {
  return new GraphQLError(error.message, { path, nodes: error.nodes, originalError: error.originalError, extensions: error.extensions });
}
