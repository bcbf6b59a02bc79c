// useDistinctErrors alone: one subgraph failure that the executor reports once per
// entity it asked for reaches the client once; errors that differ are all kept.
import { GraphQLError } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { useDistinctErrors } from "../../src/plugins/useDistinctErrors.js";
import { createPluginHarness, LABOUR, PLAN, type InlineSubgraph } from "./harness.js";

/** Labour fails every objective's figures, with the same message each time except for objective 2. */
const failingLabour: InlineSubgraph = {
  ...LABOUR,
  resolvers: {
    ...LABOUR.resolvers,
    Objective: {
      labourFigures: ({ number }: { number: number }) => {
        throw new GraphQLError(number === 2 ? "Objective 2's figures are withheld" : "Labour figures are unavailable", { extensions: { code: "SERVICE_UNAVAILABLE" } });
      },
    },
  },
};
const FIGURES = "{ objectives { number labourFigures { value } } }";

const withPlugin = createPluginHarness({ subgraphs: [PLAN, failingLabour], plugins: () => [useDistinctErrors()] });
const without = createPluginHarness({ subgraphs: [PLAN, failingLabour], plugins: () => [] });
afterAll(async () => {
  await withPlugin[Symbol.asyncDispose]();
  await without[Symbol.asyncDispose]();
});

describe("useDistinctErrors", () => {
  it("drops errors repeating an earlier one's message, path and code, keeping the data", async () => {
    const repeated = (await without.query(FIGURES)).body;
    expect(repeated.errors).toHaveLength(3); // the executor's: one per entity, the same path
    const { body } = await withPlugin.query(FIGURES);
    expect(body.errors!.map((error) => error.message)).toEqual(["Labour figures are unavailable", "Objective 2's figures are withheld"]);
    expect(body.data).toEqual(repeated.data);
  });

  it("leaves an answer without errors as it is", async () => {
    const { body } = await withPlugin.query("{ pillars { numeral } }");
    expect(body).toEqual({ data: { pillars: ["I", "II", "III", "IV", "V"].map((numeral) => ({ numeral })) } });
  });
});
