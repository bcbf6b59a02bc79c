// Completes a partial answer so that a client typed from the schema can parse it
// (GraphQL spec, October 2021, "Handling Field Errors"). When a subgraph fails, Hive's
// executor (both planners, gateway-runtime 2.12.1, the latest release) can leave a null
// in a non-null position, drop `data` when a nullable root field fails, give an error a
// path without list indices, and report one error for a fetch that nulled several
// fields. Here, once the executor is done (and only when the answer has errors):
//  - `data` is present once execution started (a missing root field is null); an answer
//    refused before execution (a variable that does not coerce) is left as it is;
//  - an error's path names every list item it nulled (one error per item);
//  - a null in a non-null position goes up to the nearest nullable parent;
//  - every null of a field a failed subgraph resolves, within the part of the answer
//    where it failed, carries an error naming that subgraph whose path leads to it; an
//    error left pointing at a value (a fetch's parent, not what it nulled) is dropped
//    once the same error is given where the subgraph failed.
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
  type ValueNode,
  getVariableValues,
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

/** A department's own code for "I cannot answer now" (its database is down), besides transport failures. */
const FAILURE_CODES = new Set(["SERVICE_UNAVAILABLE"]);

const keyOf = (path: readonly (string | number)[]) => path.join("\u0000");
const startsWith = (path: readonly (string | number)[], prefix: readonly (string | number)[]) => prefix.every((segment, index) => path[index] === segment);

/** A subgraph that failed in this request, and the part of the answer the failed fetch was to fill. */
interface Failure {
  subgraph: string;
  error: GraphQLError;
  /** The object the fetch was for: the parent of where its error landed; [] (the whole answer) for an error without a path. */
  scope: readonly (string | number)[];
}

class Completion {
  readonly errors: GraphQLError[] = [];
  /** Every prefix of every error path: a position is covered when an error's path starts with it. */
  private readonly covered = new Set<string>();
  readonly failures: Failure[] = [];
  /**
   * Non-null positions left null with nothing to say why. The null goes up to a parent;
   * if a sibling's error already leads there, that error explains it and these are dropped.
   */
  private readonly unexplained = new Map<string, Path>();
  private readonly variables: Readonly<Record<string, unknown>>;

  constructor(readonly operation: ExecutedOperation, definition: OperationDefinitionNode, private readonly fragments: Map<string, FragmentDefinitionNode>) {
    // @skip and @include read the variables as the executor did: with their defaults.
    const coerced = getVariableValues(operation.schema, definition.variableDefinitions ?? [], operation.variables ?? {});
    this.variables = coerced.coerced ?? operation.variables ?? {};
  }

  add(error: GraphQLError): void {
    this.errors.push(error);
    const path = error.path ?? [];
    for (let length = 0; length <= path.length; length++) this.covered.add(keyOf(path.slice(0, length)));
  }

  /** The failure that explains a null at `path`: of a subgraph in `owners` (any, when empty) whose failed fetch holds the path. */
  private failureAt(path: Path, owners: ReadonlySet<string> | undefined): Failure | undefined {
    return this.failures.find((failure) => (!owners || owners.has(failure.subgraph)) && startsWith(path, failure.scope));
  }

  /** A null here needs an error leading to it: the failure of a subgraph that resolves the field there, else (non-null only) one found at the end. */
  explainNull(path: Path, owners: ReadonlySet<string>, nonNull: boolean): void {
    if (this.covered.has(keyOf(path))) return;
    const failure = this.failureAt(path, owners);
    if (failure) this.add(sameError(failure.error, path));
    else if (nonNull) this.unexplained.set(keyOf(path), path);
  }

  /** Errors for the non-null nulls nothing explained: a failure whose fetch holds them, else an unexpected error. */
  explainTheRest(): void {
    for (const path of this.unexplained.values()) {
      const cause = this.failureAt(path, undefined)?.error ?? new GraphQLError("Unexpected error.", { extensions: { code: "INTERNAL_SERVER_ERROR" } });
      this.add(sameError(cause, path));
    }
  }

  object(value: ObjectValue, type: GraphQLObjectType, selectionSet: SelectionSetNode, path: Path): ObjectValue | null {
    const completed: ObjectValue = {};
    const nulling: Path[] = [];
    for (const [key, fields] of this.fieldsOf(selectionSet, type)) {
      const name = fields[0]!.name.value;
      const definition = type.getFields()[name];
      // __typename, and introspection's __schema and __type, are the executor's own.
      if (!definition) {
        completed[key] = value[key] ?? (name === "__typename" ? type.name : null);
        continue;
      }
      const owners = this.operation.ownership.ownersOf(type.name, name);
      const result = this.value(value[key], definition.type, subselection(fields), [...path, key], owners);
      if (result === null && isNonNullType(definition.type)) nulling.push([...path, key]);
      completed[key] = result;
    }
    if (nulling.length === 0) return completed;
    // This object is null: an error at one of its non-null fields explains it for all of them.
    if (nulling.some((child) => this.covered.has(keyOf(child)))) for (const child of nulling) this.unexplained.delete(keyOf(child));
    return null;
  }

  private value(value: unknown, type: GraphQLOutputType, selectionSet: SelectionSetNode | undefined, path: Path, owners: ReadonlySet<string>): unknown {
    if (value === null || value === undefined) {
      this.explainNull(path, owners, isNonNullType(type));
      return null;
    }
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (!Array.isArray(value)) return value;
      const items = value.map((item, index) => this.value(item, nullable.ofType, selectionSet, [...path, index], owners));
      return isNonNullType(nullable.ofType) && items.includes(null) ? null : items;
    }
    if (isLeafType(nullable) || !selectionSet) return value;
    const runtime = this.runtimeType(value as ObjectValue, nullable, selectionSet);
    return runtime ? this.object(value as ObjectValue, runtime, selectionSet, path) : value;
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
      const selected = this.fieldsOf(selectionSet, candidate);
      return keys.every((key) => selected.has(key));
    });
  }

  /** The fields selected on an object of `type`, by response key in order (a key selected twice merges its selections): fragments whose condition it meets, @skip and @include applied. */
  private fieldsOf(selectionSet: SelectionSetNode, type: GraphQLObjectType): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const collect = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (!this.included(selection.directives ?? [])) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          fields.set(key, [...(fields.get(key) ?? []), selection]);
          continue;
        }
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? this.fragments.get(selection.name.value) : selection;
        if (fragment && this.applies(fragment.typeCondition?.name.value, type)) collect(fragment.selectionSet);
      }
    };
    collect(selectionSet);
    return fields;
  }

  private applies(condition: string | undefined, type: GraphQLObjectType): boolean {
    if (!condition || condition === type.name) return true;
    const conditionType = this.operation.schema.getType(condition);
    return !!conditionType && isAbstractType(conditionType) && this.operation.schema.isSubType(conditionType, type);
  }

  private included(directives: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[]): boolean {
    for (const directive of directives) {
      if (directive.name.value !== "skip" && directive.name.value !== "include") continue;
      const argument = directive.arguments?.find((candidate) => candidate.name.value === "if")?.value;
      const condition = argument?.kind === Kind.VARIABLE ? Boolean(this.variables[argument.name.value]) : argument?.kind === Kind.BOOLEAN && argument.value;
      if ((directive.name.value === "skip") === condition) return false;
    }
    return true;
  }
}

/** The selections of a field selected once or several times under one response key, as one. */
function subselection(fields: readonly FieldNode[]): SelectionSetNode | undefined {
  const sets = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  if (sets.length <= 1) return sets[0];
  return { kind: Kind.SELECTION_SET, selections: sets.flatMap((set) => set.selections) };
}

/** The subgraph an error says could not answer, if it says so. */
function failedSubgraph(error: GraphQLError, supergraph: GraphQLSchema): string | undefined {
  const code = String(error.extensions?.code ?? "");
  if (!FAILURE_CODES.has(code) && !isTransportFailure(error)) return undefined;
  return namedSubgraph(error) ?? (error.path ? ownerOfPath(supergraph, error.path) : undefined);
}

/**
 * Where an error's path lands in `data`: every item of each list it passes without an
 * index. At a null on the way, the rest of the path is kept (the field that failed, below
 * the null it caused). Paths that land on a value are kept only when none lands on a null:
 * each then says where the failed fetch was (an entity fetch's error names its parent).
 */
export function concretePaths(path: readonly (string | number)[], data: unknown): { path: Path; nulled: boolean }[] {
  const landings: { path: Path; nulled: boolean }[] = [];
  const follow = (value: unknown, index: number, prefix: Path) => {
    if (value === null || value === undefined) return void landings.push({ path: [...prefix, ...path.slice(index)], nulled: true });
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
  return nulled.length > 0 ? nulled : landings;
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
  // Refused before execution (variables, operation name): no `data` to give.
  if (result.data === undefined && result.errors.every((error) => !error.path && !failedSubgraph(error, operation.supergraph))) return result;
  const definition = operation.document.definitions.find(
    (candidate): candidate is OperationDefinitionNode => candidate.kind === Kind.OPERATION_DEFINITION && (!operation.operationName || candidate.name?.value === operation.operationName),
  );
  const root = definition && (definition.operation === "mutation" ? operation.schema.getMutationType() : definition.operation === "query" ? operation.schema.getQueryType() : null);
  if (!definition || !root) return result;

  const fragments = new Map(operation.document.definitions.flatMap((node) => (node.kind === Kind.FRAGMENT_DEFINITION ? [[node.name.value, node] as const] : [])));
  const completion = new Completion(operation, definition, fragments);
  const given = result.data ?? {};
  const strays: { error: GraphQLError; subgraph: string }[] = [];
  for (const error of result.errors) {
    const subgraph = failedSubgraph(error, operation.supergraph);
    if (!error.path) {
      if (subgraph) completion.failures.push({ subgraph, error, scope: [] });
      completion.add(error);
      continue;
    }
    for (const landing of concretePaths(error.path, given)) {
      const placed = sameError(error, landing.path);
      if (subgraph) completion.failures.push({ subgraph, error, scope: landing.nulled ? landing.path.slice(0, -1) : landing.path });
      if (landing.nulled || !subgraph) completion.add(placed);
      else strays.push({ error: placed, subgraph });
    }
  }
  const data = completion.object(given, root, definition.selectionSet, []);
  completion.explainTheRest();
  // An error that landed on a value (a fetch's parent, not what it nulled) is kept with its
  // path if that value was nulled since; else without it, unless the same error is given
  // where the subgraph failed.
  const stated = new Set(completion.errors.map(sameness));
  for (const stray of strays) {
    if (at(data, stray.error.path!) === null) completion.errors.push(stray.error);
    else if (!stated.has(sameness(stray.error))) {
      completion.errors.push(new GraphQLError(stray.error.message, { nodes: stray.error.nodes, originalError: stray.error.originalError, extensions: { ...stray.error.extensions, subgraph: stray.subgraph } }));
      stated.add(sameness(stray.error));
    }
  }
  // A failure said without a path (a timed-out fetch's, as Hive's executor gives it) is not
  // said again once the same error is given at the fields it nulled.
  const placed = new Set(completion.errors.filter((error) => error.path).map(sameness));
  const errors = completion.errors.filter((error) => error.path || !failedSubgraph(error, operation.supergraph) || !placed.has(sameness(error)));
  return { ...result, data, errors };
}

/** What makes two errors the same but for their path. */
function sameness(error: GraphQLError): string {
  return JSON.stringify([error.message, error.extensions?.code ?? null, namedSubgraph(error) ?? null]);
}

/** The error again at `path`, with extensions of its own (the masker renames them in place). */
function sameError(error: GraphQLError, path: Path | undefined): GraphQLError {
  return new GraphQLError(error.message, { path, nodes: error.nodes, originalError: error.originalError, extensions: { ...error.extensions } });
}
