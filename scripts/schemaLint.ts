// Schema lint for subgraph SDL: every type, field, argument, input field and enum
// value carries a description (analysts read them in GraphiQL), and names follow
// one convention: PascalCase types, camelCase fields and arguments,
// SCREAMING_SNAKE_CASE enum values.
import { Kind, parse, Source, type ASTNode, type DefinitionNode, type StringValueNode } from "graphql";

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
