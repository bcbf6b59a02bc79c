// Classifies the difference between two versions of the client-facing API schema:
// breaking (fails the check unless the removed thing was deprecated first),
// dangerous (may change what clients see) and safe (additions, deprecations).
// Each change names the subgraph that owns the coordinate, from the supergraphs.
import {
  buildSchema,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from "graphql";

export type Severity = "breaking" | "dangerous" | "safe";

export interface SchemaChange {
  severity: Severity;
  /** graphql-js change type, e.g. FIELD_REMOVED, or ours: FIELD_ADDED, TYPE_ADDED, FIELD_DEPRECATED. */
  kind: string;
  /** Schema coordinate, e.g. Objective.title, InitiativeStatus.PLANNED. */
  coordinate: string;
  description: string;
  /** Subgraphs that own the coordinate (in the version where it exists). */
  subgraphs: string[];
  /** Why it matters to clients. */
  why: string;
  /** A breaking removal of something deprecated in the base: allowed. */
  deprecatedFirst: boolean;
  /** A breaking change a recorded decision accepts (schema/accepted-changes.json), with why. */
  acceptedBy?: AcceptedChange;
}

/** A decision to release breaking changes, with the reason and the note clients read. */
export interface AcceptedChange {
  decision: string;
  reason: string;
  /** Where released clients are told (a file in the repository). */
  notes: string;
  kind: string;
  /** Each change as the check describes it ("Country.name changed type from String! to String."): another change to the same field is not accepted. */
  changes: string[];
  /**
   * Registered client operations the decision accepts breaking, each "<client> <version> <Operation>"
   * as the check lists them (the clients were told, and move to a version without them).
   */
  operations?: string[];
}

/** Marks the breaking changes a recorded decision accepts: the same kind and the same description. */
export function applyAcceptedChanges(changes: SchemaChange[], accepted: readonly AcceptedChange[]): SchemaChange[] {
  return changes.map((change) => {
    const decision = accepted.find((candidate) => candidate.kind === change.kind && candidate.changes.includes(change.description));
    return change.severity === "breaking" && decision ? { ...change, acceptedBy: decision } : change;
  });
}

/** The accepted changes (and client operations) nothing breaks any more (released since, or changed again): to be removed. */
export function staleAcceptedChanges(changes: SchemaChange[], accepted: readonly AcceptedChange[], broken: readonly BrokenOperation[] = []): string[] {
  const described = new Set(changes.map((change) => change.description));
  const brokenKeys = new Set(broken.map(operationKey));
  return accepted.flatMap((decision) => [
    ...decision.changes.filter((change) => !described.has(change)).map((change) => `${decision.decision}: ${change}`),
    ...(decision.operations ?? []).filter((operation) => !brokenKeys.has(operation)).map((operation) => `${decision.decision}: ${operation}`),
  ]);
}

/** One client's registered operations: a published manifest, or the hub's own. */
export interface ClientManifest {
  client: string;
  version: string;
  /** sha256 -> document. */
  documents: ReadonlyMap<string, string>;
}

/** A registered client operation that does not validate against the candidate API schema. */
export interface BrokenOperation {
  client: string;
  version: string;
  operation: string;
  errors: string[];
  /** The recorded decision that accepts breaking it (schema/accepted-changes.json, "operations"). */
  acceptedBy?: AcceptedChange;
}

export const operationKey = (broken: Pick<BrokenOperation, "client" | "version" | "operation">) => `${broken.client} ${broken.version} ${broken.operation}`;

/**
 * Every registered operation the candidate API schema would refuse, by client, version and
 * operation, with graphql's reasons. Each manifest is validated on its own (names are per client).
 */
export function brokenOperations(apiSchema: string, manifests: readonly ClientManifest[], accepted: readonly AcceptedChange[] = []): BrokenOperation[] {
  const schema = buildSchema(apiSchema);
  const broken: BrokenOperation[] = [];
  for (const { client, version, documents } of manifests) {
    for (const [hash, text] of documents) {
      const document = parse(text);
      const errors = validate(schema, document, specifiedRules);
      if (errors.length === 0) continue;
      const found: BrokenOperation = { client, version, operation: getOperationAST(document)?.name?.value ?? hash.slice(0, 12), errors: errors.map((error) => error.message) };
      const decision = accepted.find((candidate) => candidate.operations?.includes(operationKey(found)));
      broken.push(decision ? { ...found, acceptedBy: decision } : found);
    }
  }
  return broken.sort((a, b) => operationKey(a).localeCompare(operationKey(b)));
}

export function formatBrokenOperations(broken: readonly BrokenOperation[]): string {
  if (broken.length === 0) return "No registered client operation breaks.";
  return `Registered client operations this change breaks (${broken.length}):\n${broken
    .map(
      (operation) =>
        `  - ${operationKey(operation)}: ${operation.errors.join(" ")}` +
        (operation.acceptedBy ? ` Accepted by the decision "${operation.acceptedBy.decision}" (${operation.acceptedBy.notes}).` : ""),
    )
    .join("\n")}`;
}

const WHY: Record<string, string> = {
  FIELD_REMOVED: "operations that select this field stop validating",
  TYPE_REMOVED: "operations and fragments that name this type stop validating",
  FIELD_CHANGED_KIND: "clients receive a value of a different type than their generated code expects",
  ARG_REMOVED: "operations that pass this argument stop validating",
  ARG_CHANGED_KIND: "variables typed for the old argument type are rejected",
  REQUIRED_ARG_ADDED: "existing operations do not pass the new required argument and stop validating",
  REQUIRED_INPUT_FIELD_ADDED: "existing input objects lack the new required field and are rejected",
  VALUE_REMOVED_FROM_ENUM: "clients sending or switching on this value break",
  TYPE_CHANGED_KIND: "fragments and operations on this type stop validating",
  TYPE_REMOVED_FROM_UNION: "fragments on this member no longer match",
  IMPLEMENTED_INTERFACE_REMOVED: "fragments on the interface no longer match this type",
  VALUE_ADDED_TO_ENUM: "clients with exhaustive switches may meet a value they do not handle",
  ARG_DEFAULT_VALUE_CHANGE: "operations that omit the argument get different results",
  OPTIONAL_ARG_ADDED: "harmless for existing operations",
  OPTIONAL_INPUT_FIELD_ADDED: "harmless for existing operations",
  TYPE_ADDED_TO_UNION: "clients may meet a member type they do not handle",
  IMPLEMENTED_INTERFACE_ADDED: "fragments on the interface now match this type too",
};

/** Owner subgraphs per coordinate, read from a supergraph's join directives. */
export function ownersFromSupergraph(supergraphSdl: string): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  let currentType: string | null = null;
  let typeGraphs: string[] = [];
  const lines = supergraphSdl.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const typeMatch = /^(?:type|interface|input|enum|scalar|union) (\w+)/.exec(line);
    if (typeMatch) {
      currentType = typeMatch[1]!;
      typeGraphs = [];
      // join__type directives follow on the next lines until "{" or a blank line
      for (let next = index; next < lines.length && !lines[next]!.includes("{") && lines[next]!.trim() !== ""; next++) {
        for (const match of lines[next]!.matchAll(/@join__type\(graph: (\w+)/g)) typeGraphs.push(match[1]!.toLowerCase());
      }
      owners.set(currentType, typeGraphs);
      continue;
    }
    const fieldMatch = currentType && /^\s+(\w+)(?:\(|:| )/.exec(line);
    if (fieldMatch && !line.trim().startsWith('"')) {
      const graphs = [...line.matchAll(/@join__field\(graph: (\w+)/g)].map((match) => match[1]!.toLowerCase());
      const enumGraphs = [...line.matchAll(/@join__enumValue\(graph: (\w+)/g)].map((match) => match[1]!.toLowerCase());
      owners.set(`${currentType}.${fieldMatch[1]}`, graphs.length ? graphs : enumGraphs.length ? enumGraphs : typeGraphs);
    }
    if (line.startsWith("}")) currentType = null;
  }
  return owners;
}

function coordinateOf(description: string): string {
  // graphql-js descriptions start with the coordinate, or name it at the end ("... from enum type X.")
  const enumValue = /^(\w+) was removed from enum type (\w+)/.exec(description) ?? /^(\w+) was added to enum type (\w+)/.exec(description);
  if (enumValue) return `${enumValue[2]}.${enumValue[1]}`;
  const argument = /^(\w+\.\w+) arg (\w+)/.exec(description) ?? /^A required arg (\w+) on (\w+\.\w+)/.exec(description);
  if (argument) return argument[1]!.includes(".") ? `${argument[1]}(${argument[2]}:)` : `${argument[2]}(${argument[1]}:)`;
  return /^(?:A required field )?(\w+(?:\.\w+)?)/.exec(description.replace(/^A required field (\w+) on input type (\w+)/, "$2.$1"))?.[1] ?? description;
}

function isDeprecatedIn(schema: GraphQLSchema, coordinate: string): boolean {
  const [typeName, member] = coordinate.replace(/\(.*$/, "").split(".");
  const type = schema.getType(typeName!);
  if (!type || !member) return false;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    return Boolean(type.getFields()[member]?.deprecationReason);
  }
  if (isEnumType(type)) return Boolean(type.getValue(member)?.deprecationReason);
  return false;
}

function additions(base: GraphQLSchema, next: GraphQLSchema): { kind: string; coordinate: string; description: string }[] {
  const found: { kind: string; coordinate: string; description: string }[] = [];
  for (const type of Object.values(next.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    const before = base.getType(type.name);
    if (!before) {
      found.push({ kind: "TYPE_ADDED", coordinate: type.name, description: `${type.name} was added.` });
      continue;
    }
    if ((isObjectType(type) || isInterfaceType(type)) && (isObjectType(before) || isInterfaceType(before))) {
      for (const field of Object.values(type.getFields())) {
        const old = before.getFields()[field.name];
        if (!old) found.push({ kind: "FIELD_ADDED", coordinate: `${type.name}.${field.name}`, description: `${type.name}.${field.name} was added.` });
        else if (field.deprecationReason && !old.deprecationReason) {
          found.push({ kind: "FIELD_DEPRECATED", coordinate: `${type.name}.${field.name}`, description: `${type.name}.${field.name} was deprecated: ${field.deprecationReason}` });
        }
      }
    }
  }
  return found;
}

export function classifySchemaChanges(
  base: { api: string; supergraph: string },
  next: { api: string; supergraph: string },
): SchemaChange[] {
  const baseSchema = buildSchema(base.api);
  const nextSchema = buildSchema(next.api);
  const owners = new Map([...ownersFromSupergraph(base.supergraph), ...ownersFromSupergraph(next.supergraph)]);
  const ownersOf = (coordinate: string) => owners.get(coordinate.replace(/\(.*$/, "")) ?? owners.get(coordinate.split(".")[0]!) ?? [];
  const changes: SchemaChange[] = [];
  for (const change of findBreakingChanges(baseSchema, nextSchema)) {
    const coordinate = coordinateOf(change.description);
    const removal = change.type === "FIELD_REMOVED" || change.type === "VALUE_REMOVED_FROM_ENUM";
    changes.push({
      severity: "breaking",
      kind: change.type,
      coordinate,
      description: change.description,
      subgraphs: ownersOf(coordinate),
      why: WHY[change.type] ?? "existing operations may stop working",
      deprecatedFirst: removal && isDeprecatedIn(baseSchema, coordinate),
    });
  }
  for (const change of findDangerousChanges(baseSchema, nextSchema)) {
    const coordinate = coordinateOf(change.description);
    changes.push({ severity: "dangerous", kind: change.type, coordinate, description: change.description, subgraphs: ownersOf(coordinate), why: WHY[change.type] ?? "clients may see different results", deprecatedFirst: false });
  }
  for (const change of additions(baseSchema, nextSchema)) {
    changes.push({ severity: "safe", ...change, subgraphs: ownersOf(change.coordinate), why: change.kind === "FIELD_DEPRECATED" ? "clients are warned; the field can be removed in a later change" : "new capability; existing operations are unaffected", deprecatedFirst: false });
  }
  return changes;
}

/** Changes that fail the check: breaking, not a removal of something deprecated first, and accepted by no recorded decision. */
export function blockingChanges(changes: SchemaChange[]): SchemaChange[] {
  return changes.filter((change) => change.severity === "breaking" && !change.deprecatedFirst && !change.acceptedBy);
}

export function formatReport(changes: SchemaChange[]): string {
  if (changes.length === 0) return "No changes to the API schema.";
  const line = (change: SchemaChange) =>
    `  - ${change.coordinate} [${change.kind}] in ${change.subgraphs.length ? change.subgraphs.join(", ") : "(unknown subgraph)"}: ${change.description}` +
    (change.deprecatedFirst ? " Allowed: it was deprecated first." : "") +
    (change.acceptedBy ? ` Accepted by the decision "${change.acceptedBy.decision}" (${change.acceptedBy.notes}).` : "") +
    `\n      why: ${change.why}`;
  const sections: string[] = [];
  for (const [severity, title] of [["breaking", "Breaking changes"], ["dangerous", "Dangerous changes"], ["safe", "Safe changes"]] as const) {
    const group = changes.filter((change) => change.severity === severity);
    if (group.length) sections.push(`${title} (${group.length}):\n${group.map(line).join("\n")}`);
  }
  return sections.join("\n\n");
}
