// One rule for the keys of plan's entities, the same in every subgraph (the kit's
// references): a key that cannot exist is null, never a made-up entity.
import { describe, expect, it } from "vitest";
import { countryReference, initiativeArgument, objectiveNumbersArgument, departmentReference, initiativeReference, objectiveReference, objectiveReferences, referenceResolvers, requiredObjectiveReference } from "../src/index.js";

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

describe("arguments that name plan's entities", () => {
  const refusal = (write: () => unknown) => {
    try {
      write();
    } catch (error) {
      const { extensions, message } = error as { extensions: Record<string, unknown>; message: string };
      return { argument: extensions.argument, code: extensions.code, message };
    }
    throw new Error("expected a refusal");
  };

  it("sorts a record's objectives, naming a repeated one by its index", () => {
    expect(objectiveNumbersArgument("input.objectives", [7, 2])).toEqual([2, 7]);
    expect(refusal(() => objectiveNumbersArgument("input.objectives", [2, 7, 2]))).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.objectives[2]", message: expect.stringContaining("repeats objective 2") });
    expect(refusal(() => objectiveNumbersArgument("input.objectives", [2, 24]))).toMatchObject({ argument: "input.objectives[1]" });
  });

  it("asks for at least one objective unless the list is optional", () => {
    expect(refusal(() => objectiveNumbersArgument("input.objectives", []))).toMatchObject({ argument: "input.objectives", message: expect.stringContaining("at least one objective") });
    expect(objectiveNumbersArgument("input.objectives", [], { optional: true })).toEqual([]);
  });

  it("takes an initiative code or none", () => {
    expect(initiativeArgument("input.initiative", null, "MYSEF")).toBeNull();
    expect(initiativeArgument("input.initiative", undefined, "MYSEF")).toBeNull();
    expect(initiativeArgument("input.initiative", "MYSEF", "MYSEF")).toBe("MYSEF");
    expect(refusal(() => initiativeArgument("input.initiative", "my sef", "MYSEF"))).toMatchObject({ argument: "input.initiative", message: expect.stringContaining("for example MYSEF") });
  });
});
