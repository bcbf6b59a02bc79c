import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { SHARED_SCHEMA_FILE } from "@gcm-hub/kit";
import { compose, readSubgraphSdls } from "../composition.js";
import { formatLintProblem, lintDepartmentBoundaries, lintSubgraphSdl } from "../schemaLint.js";
import { subgraphDir } from "../subgraph-names.js";
import { SUBGRAPH_NAMES } from "../../subgraphs/registry.js";

describe("schema lint", () => {
  it.each([...SUBGRAPH_NAMES])("%s: every type, field, argument and enum value is described and named by convention", (name) => {
    const file = `subgraphs/${name}/schema.graphql`;
    const problems = lintSubgraphSdl(file, fs.readFileSync(`${subgraphDir(name)}/schema.graphql`, "utf8"));
    expect(problems.map(formatLintProblem)).toEqual([]);
  });

  it("the kit's shared contract, which every subgraph merges: described and named by convention", () => {
    expect(lintSubgraphSdl("subgraphs/kit/schema/shared.graphql", fs.readFileSync(SHARED_SCHEMA_FILE, "utf8")).map(formatLintProblem)).toEqual([]);
  });

  it("names the place and the problem", () => {
    const sdl = [
      '"A thing."',
      "type thing_row {",
      "  Label: String",
      '  "Sized."',
      "  size(unit_name: String): Int",
      "}",
      '"Kinds."',
      "enum Kind { small }",
    ].join("\n");
    expect(lintSubgraphSdl("x.graphql", sdl).map(formatLintProblem)).toEqual([
      "x.graphql:2:6 thing_row should be PascalCase",
      "x.graphql:3:3 field thing_row.Label has no description",
      "x.graphql:3:3 thing_row.Label should be camelCase",
      "x.graphql:5:8 argument thing_row.size(unit_name:) has no description",
      "x.graphql:5:8 thing_row.size(unit_name:) should be camelCase",
      "x.graphql:8:13 enum value Kind.small has no description",
      "x.graphql:8:13 Kind.small should be SCREAMING_SNAKE_CASE",
    ]);
  });
});

describe("department boundaries", () => {
  it("the composed graph: root fields and fields one department resolves on a type several return are nullable", () => {
    expect(lintDepartmentBoundaries(fs.readFileSync("schema/supergraph.graphql", "utf8"))).toEqual([]);
  });

  it("names a non-null root field and a non-null plan field on a type other departments return", async () => {
    const subgraphs = await readSubgraphSdls();
    const nonNull = (sdl: string) => sdl.replace("  countries: [Country!]\n", "  countries: [Country!]!\n").replace(/(English short name[^"]*"\n  name: String)\n/, "$1!\n");
    const outcome = compose(subgraphs.map((subgraph) => (subgraph.name === "plan" ? { ...subgraph, sdl: nonNull(subgraph.sdl) } : subgraph)));
    if (!outcome.ok) throw new Error(outcome.problems.join("\n"));
    const problems = lintDepartmentBoundaries(outcome.supergraphSdl);
    expect(problems.map((problem) => problem.coordinate)).toEqual(["Query.countries", "Country.name"]);
    expect(problems[1]!.message).toBe(
      "Country.name is non-null but only plan resolves it, while border, diaspora, labour, social also return Country: make it nullable, so that plan's outage nulls this field and not their data",
    );
  });
});
