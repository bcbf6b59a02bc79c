// usePartialAnswers alone: with a subgraph down, the executor's answer is completed as
// the GraphQL spec asks (data present, list indices in paths, every null reachable from
// an error that names the department), by either query planner. completeAnswer's own
// cases are in ../partialAnswer.test.ts.
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import { afterAll, describe, expect, it } from "vitest";
import { usePartialAnswers } from "../../src/plugins/usePartialAnswers.js";
import { createPluginHarness } from "./harness.js";

const FIGURES = "{ objectives { number labourFigures { value } } }";

describe.each([
  ["js", undefined],
  ["rust", unifiedGraphHandler],
] as const)("usePartialAnswers, %s planner", (_, handler) => {
  const gateway = createPluginHarness({ plugins: (supergraph) => [usePartialAnswers({ supergraph: () => supergraph })], runtime: { unifiedGraphHandler: handler, maskedErrors: false } });
  afterAll(() => gateway[Symbol.asyncDispose]());

  it("labour down: keeps the plan's data, nulls each objective's figures, and says so at each indexed path naming labour", async () => {
    gateway.down.add("labour");
    try {
      const { status, body } = await gateway.query(FIGURES);
      expect(status).toBe(200);
      expect(body.data).toEqual({ objectives: [1, 2, 3].map((number) => ({ number, labourFigures: null })) });
      const nulled = body.errors!.flatMap((error) => (error.path ? [JSON.stringify(error.path)] : []));
      for (const index of [0, 1, 2]) expect(nulled).toContain(JSON.stringify(["objectives", index, "labourFigures"]));
      for (const error of body.errors!) expect(error.extensions?.serviceName ?? error.extensions?.subgraph).toBe("labour");
    } finally {
      gateway.down.clear();
    }
  });

  it("plan down: the null of its non-null root list propagates to `data: null`, and the error names plan", async () => {
    gateway.down.add("plan");
    try {
      const { body } = await gateway.query(FIGURES);
      expect(body).toHaveProperty("data");
      expect(body.data).toBeNull();
      expect(body.errors!.some((error) => JSON.stringify(error.path) === '["objectives"]' && (error.extensions?.serviceName ?? error.extensions?.subgraph) === "plan")).toBe(true);
    } finally {
      gateway.down.clear();
    }
  });

  it("leaves a whole answer as it is", async () => {
    const { body } = await gateway.query(FIGURES);
    expect(body).toEqual({ data: { objectives: [1, 2, 3].map((number) => ({ number, labourFigures: [{ value: number * 10 }] })) } });
  });
});
