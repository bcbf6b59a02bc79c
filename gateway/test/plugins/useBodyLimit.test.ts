// useBodyLimit alone: a POST must declare its length, and one over the limit is refused
// before its body is read (413), with the limit and the size named.
import { afterAll, describe, expect, it } from "vitest";
import { useBodyLimit } from "../../src/plugins/useBodyLimit.js";
import { createPluginHarness } from "./harness.js";

const gateway = createPluginHarness({ plugins: () => [useBodyLimit({ maxBytes: 2000 })] });
afterAll(() => gateway[Symbol.asyncDispose]());

/** A request body of exactly `length` bytes, padded in a variable. */
function bodyOf(length: number): string {
  const base = JSON.stringify({ query: "{ pillars { numeral } }", variables: { pad: "" } });
  return JSON.stringify({ query: "{ pillars { numeral } }", variables: { pad: "x".repeat(length - base.length) } });
}

describe("useBodyLimit", () => {
  it("passes a body at the limit, and refuses one byte more with 413 naming both sizes", async () => {
    expect((await gateway.post(bodyOf(2000))).status).toBe(200);
    const refused = await gateway.post(bodyOf(2001));
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({
      errors: [{ message: "Request body of 2001 bytes is over the limit of 2000 bytes", extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
  });

  it("refuses a POST that declares no Content-Length (a chunked body) with 411", async () => {
    const chunked = new Blob([bodyOf(100)]).stream();
    const response = await gateway.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: chunked, duplex: "half" } as RequestInit);
    expect(response.status).toBe(411);
    expect(await response.json()).toEqual({ errors: [{ message: "POST requests must declare Content-Length", extensions: { code: "LENGTH_REQUIRED" } }] });
  });

  it("refuses a Content-Length that is not a number", async () => {
    const response = await gateway.post("{}", { "content-length": "lots" });
    expect(response.status).toBe(413);
  });

  it("leaves GET requests alone", async () => {
    const response = await gateway.fetch(`/graphql?query=${encodeURIComponent("{ pillars { numeral } }")}`, { headers: { accept: "application/json" } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { pillars: unknown[] } }).data.pillars).toHaveLength(5);
  });
});
