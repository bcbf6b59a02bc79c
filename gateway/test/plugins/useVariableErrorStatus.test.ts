// useVariableErrorStatus alone: variables that do not fit the operation are the client's
// mistake, answered 400 with BAD_USER_INPUT by either query planner (the Rust planner
// finds them while executing and, without the plugin, answers 200).
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import { afterAll, describe, expect, it } from "vitest";
import { useVariableErrorStatus } from "../../src/plugins/useVariableErrorStatus.js";
import { createPluginHarness } from "./harness.js";

const planners = { js: undefined, rust: unifiedGraphHandler };
const OBJECTIVE = "query($n: Int!) { objective(number: $n) { title } }";

describe.each(Object.entries(planners))("useVariableErrorStatus, %s planner", (planner, handler) => {
  const gateway = createPluginHarness({ plugins: () => [useVariableErrorStatus()], runtime: { unifiedGraphHandler: handler } });
  afterAll(() => gateway[Symbol.asyncDispose]());

  it.each([
    [{ n: "seven" }, /^Variable "\$n" got invalid value "seven"; Int cannot represent non-integer value/],
    [{}, /^Variable "\$n" of required type "Int!" was not provided/],
    [{ n: null }, /^Variable "\$n" of non-null type "Int!" must not be null/],
  ])("answers %j with 400", async (variables, message) => {
    const { status, body } = await gateway.query(OBJECTIVE, variables);
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors![0]!.message).toMatch(message);
    if (planner === "rust") expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("leaves a valid request's answer alone", async () => {
    const { status, body } = await gateway.query(OBJECTIVE, { n: 7 });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { objective: { title: "Objective 7" } } });
  });
});

describe("without useVariableErrorStatus", () => {
  it("the Rust planner answers a variable error 200: the reason for the plugin", async () => {
    const gateway = createPluginHarness({ plugins: () => [], runtime: { unifiedGraphHandler } });
    try {
      expect((await gateway.query(OBJECTIVE, { n: "seven" })).status).toBe(200);
    } finally {
      await gateway[Symbol.asyncDispose]();
    }
  });
});
