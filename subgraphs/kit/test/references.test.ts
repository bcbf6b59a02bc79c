// One rule for the keys of plan's entities, the same in every subgraph (the kit's
// references): a key that cannot exist is null, never a made-up entity.
import { describe, expect, it } from "vitest";
import { countryReference, departmentReference, initiativeReference, objectiveReference, objectiveReferences, referenceResolvers, requiredObjectiveReference } from "../src/index.js";

describe("references to plan's entities", () => {
  it("an objective is a number from 1 to 23", () => {
    expect([1, 23].map(objectiveReference)).toEqual([{ number: 1 }, { number: 23 }]);
    expect([0, 24, 99, 1.5, null].map(objectiveReference)).toEqual([null, null, null, null, null]);
    expect(objectiveReferences([5, 99, 6])).toEqual([{ number: 5 }, { number: 6 }]);
    expect(() => requiredObjectiveReference(99)).toThrow("Stored objective key 99 is not a valid objective key");
  });

  it("a country is an upper-case ISO 3166-1 alpha-2 code", () => {
    expect(countryReference("CV")).toEqual({ iso: "CV" });
    expect(["cv", "CPV", "C1", "", null].map(countryReference)).toEqual([null, null, null, null, null]);
  });

  it("a department or initiative is plan's code: upper-case words joined by '_'", () => {
    expect(departmentReference("SEF")).toEqual({ code: "SEF" });
    expect(initiativeReference("LMA_INDIA")).toEqual({ code: "LMA_INDIA" });
    expect(["sef", "_SEF", "SEF_", "SE F", "SEF__X", null].map(departmentReference)).toEqual([null, null, null, null, null, null]);
  });

  it("resolves references by the same rules in every subgraph", () => {
    expect(referenceResolvers.Objective({ number: 99 })).toBeNull();
    expect(referenceResolvers.Country({ iso: "XX" })).toEqual({ iso: "XX" });
    expect(referenceResolvers.Department({ code: "nobody" })).toBeNull();
    expect(referenceResolvers.Initiative({ code: "MYSEF" })).toEqual({ code: "MYSEF" });
  });
});
