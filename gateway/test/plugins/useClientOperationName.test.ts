// useClientOperationName alone: every subgraph request of an operation carries the
// client's operation name (bounded) in x-hub-operation, whatever name the planner gives
// the subgraph operation (the Rust planner gives none); an anonymous one carries none.
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import { createOperationLabels, OPERATION_HEADER, OTHER_OPERATIONS } from "@gcm-hub/platform";
import { afterAll, describe, expect, it } from "vitest";
import { useClientOperationName } from "../../src/plugins/useClientOperationName.js";
import { createPluginHarness } from "./harness.js";

describe.each([
  ["js", undefined],
  ["rust", unifiedGraphHandler],
] as const)("useClientOperationName, %s planner", (_, handler) => {
  const gateway = createPluginHarness({ plugins: () => [useClientOperationName({ operationLabel: createOperationLabels({ maxDistinct: 1 }) })], runtime: { unifiedGraphHandler: handler } });
  afterAll(() => gateway[Symbol.asyncDispose]());
  const sent = async (query: string) => {
    gateway.requests.length = 0;
    const { body } = await gateway.query(query);
    expect(body.errors).toBeUndefined();
    return gateway.requests.map((request) => [request.subgraph, request.headers.get(OPERATION_HEADER)]);
  };

  it("names the client operation on every subgraph request it makes", async () => {
    expect(await sent("query ObjectiveFigures { objectives { number labourFigures { value } } }")).toEqual([
      ["plan", "ObjectiveFigures"],
      ["labour", "ObjectiveFigures"],
    ]);
  });

  it("sends the bounded label: a name beyond the distinct ones allowed is 'other'", async () => {
    expect(await sent("query AnotherName { pillars { numeral } }")).toEqual([["plan", OTHER_OPERATIONS]]);
  });

  it("sends no header for an anonymous operation", async () => {
    expect(await sent("{ pillars { numeral } }")).toEqual([["plan", null]]);
  });
});
