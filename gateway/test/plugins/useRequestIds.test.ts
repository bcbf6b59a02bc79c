// useRequestIds alone: every request gets the gateway's own id (a UUID) in its context
// and in x-request-id; a client's valid x-request-id is kept apart as the client's
// (x-client-request-id), never taken for the gateway's; a bad one is refused with 400.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { afterAll, describe, expect, it } from "vitest";
import { useRequestIds, type RequestIds } from "../../src/plugins/useRequestIds.js";
import { createPluginHarness } from "./harness.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The ids each execution's context held. */
const seen: RequestIds[] = [];
const recordIds: GatewayPlugin = {
  onExecute({ args }) {
    const { requestId, clientRequestId } = args.contextValue as unknown as RequestIds;
    seen.push({ requestId, clientRequestId });
  },
};
const gateway = createPluginHarness({ plugins: () => [useRequestIds(), recordIds] });
afterAll(() => gateway[Symbol.asyncDispose]());

describe("useRequestIds", () => {
  it("gives each request an id of its own, in the context and the response", async () => {
    seen.length = 0;
    const first = await gateway.post({ query: "{ pillars { numeral } }" });
    const second = await gateway.post({ query: "{ pillars { numeral } }" });
    const ids = [first.headers.get("x-request-id"), second.headers.get("x-request-id")];
    expect(ids[0]).toMatch(UUID);
    expect(ids[1]).toMatch(UUID);
    expect(ids[0]).not.toBe(ids[1]);
    expect(seen).toEqual([
      { requestId: ids[0], clientRequestId: null },
      { requestId: ids[1], clientRequestId: null },
    ]);
    expect(first.headers.has("x-client-request-id")).toBe(false);
  });

  it("keeps a client's id apart, as the client's, and answers it in x-client-request-id", async () => {
    seen.length = 0;
    const response = await gateway.post({ query: "{ pillars { numeral } }" }, { "x-request-id": "req-trace-20261127-0001" });
    const requestId = response.headers.get("x-request-id")!;
    expect(requestId).toMatch(UUID);
    expect(response.headers.get("x-client-request-id")).toBe("req-trace-20261127-0001");
    expect(seen).toEqual([{ requestId, clientRequestId: "req-trace-20261127-0001" }]);
  });

  it("refuses a client id that is too long or not a plain token with 400, saying which header", async () => {
    for (const bad of ["x".repeat(129), "id with spaces", "<script>", ""]) {
      const response = await gateway.post({ query: "{ pillars { numeral } }" }, { "x-request-id": bad });
      expect(response.status, bad).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toEqual({ message: "The x-request-id header must be 1 to 128 letters, digits, '.', '_', ':' or '-'", extensions: { code: "BAD_REQUEST" } });
    }
    expect((await gateway.post({ query: "{ pillars { numeral } }" }, { "x-request-id": "a".repeat(128) })).status).toBe(200);
  });
});
