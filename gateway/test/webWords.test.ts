// The words the dashboard and GraphiQL put around the data, away from the browser: a
// value with its qualifier and a unit in the right number, and the schema found by what
// its descriptions say.
import fs from "node:fs";
import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { countOf, periodLabel, qualified, singularUnit } from "../web/dashboard/dom.js";
import { searchSchema } from "../web/graphiql/schemaMatches.js";

describe("a value as the report words it", () => {
  it("puts a unit in the singular for exactly one, whatever the unit's shape", () => {
    const singular = { centres: "centre", people: "person", countries: "country", statuses: "status", "spheres of intervention": "sphere of intervention", "NHS numbers": "NHS number", "member states": "member state", percent: "percent", euros: "euro" };
    for (const [plural, one] of Object.entries(singular)) expect(singularUnit(plural), plural).toBe(one);
    expect(qualified({ value: 1, unit: "centres", qualifier: "EXACT" })).toBe("1 centre");
    expect(qualified({ value: 145, unit: "centres", qualifier: "EXACT" })).toBe("145 centres");
    expect(qualified({ value: 500, unit: "people", qualifier: "MORE_THAN" })).toBe("more than 500 people");
    expect(qualified({ value: 1.5, unit: "percent", qualifier: "APPROXIMATELY" })).toBe("around 1.5 percent");
    expect([countOf(1, "figure"), countOf(34, "figure"), countOf(0, "objective")]).toEqual(["1 figure", "34 figures", "0 objectives"]);
  });

  it("says so when the report gives no period", () => {
    expect(periodLabel({ statedPeriod: null })).toBe("no period given");
    expect(periodLabel({ statedPeriod: { label: "since 2020" } })).toBe("since 2020");
  });
});

describe("searchSchema", () => {
  const schema = buildSchema(fs.readFileSync("schema/api.graphql", "utf8"));

  it("finds 'SEF', 'border' and 'people' in descriptions, names first", () => {
    for (const word of ["SEF", "border", "people"]) {
      const matches = searchSchema(schema, word);
      expect(matches.some((match) => !match.byName), word).toBe(true);
      const firstByDescription = matches.findIndex((match) => !match.byName);
      expect(matches.slice(firstByDescription).every((match) => !match.byName), word).toBe(true);
      for (const match of matches) expect(`${match.path} ${match.description}`.toLowerCase(), word).toContain(word.toLowerCase());
    }
    expect(searchSchema(schema, "SEF").map((match) => match.path)).toContain("BorderProject");
  });

  it("names arguments and enum values by where they are, and finds nothing for blank text", () => {
    expect(searchSchema(schema, "Only bodies of this kind").map((match) => match.path)).toContain("Query.departments(kind)");
    expect(searchSchema(schema, "MORE_THAN").map((match) => match.path)).toContain("FigureQualifier.MORE_THAN");
    expect(searchSchema(schema, "   ")).toEqual([]);
    expect(searchSchema(schema, "__schema")).toEqual([]);
  });
});
