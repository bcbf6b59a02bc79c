// Which subgraphs an operation reads and a mutation writes, from the committed
// supergraph: what the response cache keys and invalidates by.
import fs from "node:fs";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { subgraphOwnership } from "../src/subgraphOwnership.js";

const ownership = subgraphOwnership(fs.readFileSync(new URL("../../schema/supergraph.graphql", import.meta.url), "utf8"));
const operation = (name: string) => parse(fs.readFileSync(new URL(`../../schema/operations/${name}.graphql`, import.meta.url), "utf8"));

describe("subgraph ownership", () => {
  it("says which subgraphs each golden operation reads from", () => {
    expect(ownership.readFrom(operation("PlanOverview"))).toEqual(["plan"]);
    expect(ownership.readFrom(operation("InitiativesByObjective"))).toEqual(["plan"]);
    expect(ownership.readFrom(operation("ObjectiveDashboard"))).toEqual(["border", "diaspora", "integration", "labour", "plan", "social"]);
    expect(ownership.readFrom(operation("LabourMobilityAndSocialSecurity"))).toEqual(["labour", "plan", "social"]);
  });

  it("counts an entity's key for no subgraph, and the fields a department adds to it for that department", () => {
    expect(ownership.readFrom(parse("{ objectives(numbers: [6]) { number title } }"))).toEqual(["plan"]);
    expect(ownership.readFrom(parse("{ objectives(numbers: [6]) { number labourFigures { value unit } } }"))).toEqual(["labour", "plan"]);
    expect(ownership.readFrom(parse("{ country(iso: \"CV\") { iso borderCooperation { role cooperation { ... on BorderProject { code } } } } }"))).toEqual(["border", "plan"]);
  });

  it("says which subgraph a mutation writes to", () => {
    expect(ownership.writtenBy(parse("mutation { recordBorderFigure(input: { label: \"x\" }) { id } }"))).toEqual(["border"]);
    expect(ownership.writtenBy(parse("mutation A { createInitiative(input: {}) { code } } mutation B { publishLabourFigure(id: \"x\") { id } }"), "B")).toEqual(["labour"]);
    expect(ownership.writtenBy(parse("{ objectives { number } }"))).toEqual([]);
  });
});
