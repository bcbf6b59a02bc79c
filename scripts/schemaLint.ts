// Schema lint for subgraph SDL: every type, field, argument, input field and enum
// value carries a description (analysts read them in GraphiQL), and names follow
// one convention: PascalCase types, camelCase fields and arguments,
// SCREAMING_SNAKE_CASE enum values. And in the composed graph, fields are nullable
// at department boundaries (lintDepartmentBoundaries).
import {
  buildASTSchema,
  isNonNullType,
  Kind,
  parse,
  Source,
  type ASTNode,
  type DefinitionNode,
  type GraphQLObjectType,
  type ObjectTypeDefinitionNode,
  type StringValueNode,
} from "graphql";
import { subgraphOwnership } from "../gateway/src/subgraphOwnership.js";

export interface LintProblem {
  file: string;
  line: number;
  column: number;
  coordinate: string;
  message: string;
}

const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
const CAMEL = /^[a-z][A-Za-z0-9]*$/;
const SCREAMING = /^[A-Z][A-Z0-9_]*$/;
/** Root operation types: described once, by the plan subgraph, not by every subgraph. */
const ROOT_TYPES = new Set(["Query", "Mutation"]);

interface Described {
  description?: StringValueNode;
  name: { value: string; loc?: ASTNode["loc"] };
}

export function lintSubgraphSdl(file: string, sdl: string): LintProblem[] {
  const document = parse(new Source(sdl, file));
  const problems: LintProblem[] = [];
  const report = (node: Described, coordinate: string, message: string) => {
    const offset = node.name.loc?.start ?? 0;
    const before = sdl.slice(0, offset).split("\n");
    problems.push({ file, line: before.length, column: before.at(-1)!.length + 1, coordinate, message });
  };
  const requireDescription = (node: Described, coordinate: string, what: string) => {
    if (!node.description?.value.trim()) report(node, coordinate, `${what} ${coordinate} has no description`);
  };
  const requireName = (node: Described, coordinate: string, pattern: RegExp, convention: string) => {
    if (!pattern.test(node.name.value)) report(node, coordinate, `${coordinate} should be ${convention}`);
  };

  for (const definition of document.definitions as DefinitionNode[]) {
    if (!("name" in definition) || !definition.name) continue;
    const typeName = definition.name.value;
    const isRoot = ROOT_TYPES.has(typeName);
    requireName(definition as Described, typeName, PASCAL, "PascalCase");
    const isExtension = definition.kind.endsWith("Extension");
    if (!isRoot && !isExtension) requireDescription(definition as Described, typeName, "type");

    const fields = "fields" in definition ? (definition.fields ?? []) : [];
    for (const field of fields) {
      const coordinate = `${typeName}.${field.name.value}`;
      requireDescription(field, coordinate, definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ? "input field" : "field");
      requireName(field, coordinate, CAMEL, "camelCase");
      for (const argument of "arguments" in field ? (field.arguments ?? []) : []) {
        const argumentCoordinate = `${coordinate}(${argument.name.value}:)`;
        requireDescription(argument, argumentCoordinate, "argument");
        requireName(argument, argumentCoordinate, CAMEL, "camelCase");
      }
    }
    const values = "values" in definition ? (definition.values ?? []) : [];
    for (const value of values) {
      const coordinate = `${typeName}.${value.name.value}`;
      requireDescription(value, coordinate, "enum value");
      requireName(value, coordinate, SCREAMING, "SCREAMING_SNAKE_CASE");
    }
  }
  return problems;
}

export function formatLintProblem(problem: LintProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.message}`;
}

/**
 * Department boundaries in the composed graph: one department's outage may null only
 * what it resolves. So every root query field is nullable (each is one department's
 * fetch), and on a type that several subgraphs return (an entity such as Objective or
 * Country), a field that not every one of them resolves is nullable: reached through
 * another department's data, its own department may be the one that is down.
 */
export function lintDepartmentBoundaries(supergraphSdl: string): LintProblem[] {
  const document = parse(supergraphSdl);
  const schema = buildASTSchema(document, { assumeValid: true, assumeValidSDL: true });
  const ownership = subgraphOwnership(supergraphSdl);
  const problems: LintProblem[] = [];
  const report = (coordinate: string, message: string) => problems.push({ file: "schema/supergraph.graphql", line: 0, column: 0, coordinate, message });
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    if (isNonNullType(field.type)) report(`Query.${field.name}`, `Query.${field.name} is non-null: a root field must be nullable, so that its department's outage nulls it alone and not the whole answer`);
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || ROOT_TYPES.has(definition.name.value)) continue;
    const returnedBy = joinTypeGraphs(definition);
    if (returnedBy.size < 2) continue;
    const type = schema.getType(definition.name.value) as GraphQLObjectType;
    for (const field of Object.values(type.getFields())) {
      const owners = ownership.ownersOf(type.name, field.name);
      const missing = [...returnedBy].filter((graph) => owners.size > 0 && !owners.has(graph));
      if (isNonNullType(field.type) && missing.length > 0) {
        report(
          `${type.name}.${field.name}`,
          `${type.name}.${field.name} is non-null but only ${[...owners].join(", ")} resolves it, while ${missing.join(", ")} also return ${type.name}: make it nullable, so that ${[...owners].join(", ")}'s outage nulls this field and not their data`,
        );
      }
    }
  }
  return problems;
}

/** The subgraphs that define a type (its @join__type directives), by name. */
function joinTypeGraphs(definition: ObjectTypeDefinitionNode): Set<string> {
  return new Set(
    (definition.directives ?? [])
      .filter((directive) => directive.name.value === "join__type")
      .flatMap((directive) => {
        const graph = directive.arguments?.find((argument) => argument.name.value === "graph")?.value;
        return graph?.kind === Kind.ENUM ? [graph.value.toLowerCase()] : [];
      }),
  );
}
