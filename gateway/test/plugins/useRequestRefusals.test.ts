// useRequestRefusals alone: Yoga's CSRF refusal (403) becomes a GraphQL error with a code and
// a message saying what to send; any other 403 is left as it is, and its body is read no
// further than a refusal of Yoga's could be long (MAX_REFUSAL_BYTES).
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { afterAll, describe, expect, it } from "vitest";
import { CSRF_MESSAGE, MAX_REFUSAL_BYTES, useRequestRefusals } from "../../src/plugins/useRequestRefusals.js";
import { createPluginHarness } from "./harness.js";

const CHUNK_BYTES = 1024;
/** Bytes pulled from the long bodies below, so far. */
let pulled = 0;
/** A 1 MiB 403 body mentioning the CSRF message in every chunk: only its first bytes may be read. */
const long = () =>
  new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= 1024 * CHUNK_BYTES) return controller.close();
      pulled += CHUNK_BYTES;
      controller.enqueue(Buffer.from(`${CSRF_MESSAGE} `.repeat(CHUNK_BYTES).slice(0, CHUNK_BYTES)));
    },
  });

/** 403s of another origin than Yoga's CSRF prevention, as another plugin (or a proxy in front of a subgraph) could answer. */
const otherRefusals: GatewayPlugin = {
  onRequest({ url, endResponse }) {
    if (url.pathname === "/forbidden/long") endResponse(new Response(long(), { status: 403 }));
    if (url.pathname === "/forbidden/declared-long") endResponse(new Response(long(), { status: 403, headers: { "content-length": String(1024 * CHUNK_BYTES) } }));
    if (url.pathname === "/forbidden/short") endResponse(new Response("Forbidden by policy", { status: 403 }));
  },
};

const gateway = createPluginHarness({ plugins: () => [otherRefusals, useRequestRefusals({ graphqlEndpoint: "/graphql" })], runtime: { csrfPrevention: { requestHeaders: ["x-graphql-csrf"] } } });
afterAll(() => gateway[Symbol.asyncDispose]());

/** The first bytes of a body, then the rest cancelled. */
async function firstBytes(response: Response): Promise<string> {
  const reader = response.body!.getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return Buffer.from(value!).toString();
}

describe("useRequestRefusals", () => {
  it("explains Yoga's CSRF refusal with a code and what to send", async () => {
    const response = await gateway.fetch(`/graphql?query=${encodeURIComponent("{ pillars { numeral } }")}`);
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual({
      errors: [{ message: `${CSRF_MESSAGE}: send the operation as application/json, or add an x-graphql-csrf header (docs/front-end.md, CORS and CSRF)`, extensions: { code: "CSRF_HEADER_REQUIRED" } }],
    });
  });

  it("leaves another 403 as it is", async () => {
    const response = await gateway.fetch("/forbidden/short");
    expect(response.status).toBe(403);
    expect(await response.text()).toBe("Forbidden by policy");
  });

  it(`reads no more than ${MAX_REFUSAL_BYTES} bytes of another 403's body, however long, and leaves it as it is`, async () => {
    pulled = 0;
    const response = await gateway.fetch("/forbidden/long");
    expect(response.status).toBe(403);
    expect(await firstBytes(response)).toMatch(new RegExp(`^${CSRF_MESSAGE.replace(/[()]/g, "\\$&")}`));
    // The bound, and the chunks the streams read ahead (and the first one read above): not the megabyte.
    expect(pulled).toBeLessThanOrEqual(2 * MAX_REFUSAL_BYTES);
  });

  it(`does not read a 403's body that says it is longer than ${MAX_REFUSAL_BYTES} bytes`, async () => {
    pulled = 0;
    const response = await gateway.fetch("/forbidden/declared-long");
    expect(response.status).toBe(403);
    expect(pulled).toBeLessThanOrEqual(CHUNK_BYTES);
    await response.body!.cancel();
  });
});
