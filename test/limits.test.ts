// Each operation limit at the gateway: the largest operation under the bound
// passes, the next one up is refused with an error that names the limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/testHub.js";

const LIMITS = { LIMIT_DEPTH: "6", LIMIT_ALIASES: "5", LIMIT_COST: "60", LIMIT_TOKENS: "80", LIMIT_DIRECTIVES: "4", LIMIT_BODY_BYTES: "2000", LIMIT_BATCH: "3" };

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ gatewayEnv: LIMITS });
});
afterAll(() => hub?.close());

/** Sends growing operations until one is refused; returns the last accepted and the first refused size. */
async function boundary(build: (size: number) => string, maxSize = 200) {
  let accepted = 0;
  for (let size = 1; size <= maxSize; size++) {
    const { body } = await hub.query(build(size));
    if (body.errors?.length) return { accepted, refusedAt: size, error: body.errors[0]! };
    accepted = size;
  }
  throw new Error(`no refusal up to size ${maxSize}`);
}

describe("operation limits at the gateway", () => {
  it("depth: the deepest allowed nesting passes, one level more is refused", async () => {
    const result = await boundary((levels) => `{ objectives(numbers: [5]) ${"{ initiatives { objectives ".repeat(levels).trim()} { number }${" } }".repeat(levels)} }`, 20);
    expect(result.error.message).toMatch(/depth limit of 6 exceeded/i);
    expect(result.refusedAt).toBe(result.accepted + 1);
    expect(result.accepted).toBeGreaterThan(0);
  });

  it("aliases: five aliases pass, six are refused", async () => {
    const result = await boundary((count) => `{ ${Array.from({ length: count }, (_, index) => `p${index}: pillars { numeral }`).join(" ")} }`);
    expect(result).toMatchObject({ accepted: 5, refusedAt: 6 });
    expect(result.error.message).toMatch(/aliases limit of 5 exceeded, found 6/i);
  });

  it("cost: the costliest allowed operation passes, one field more is refused", async () => {
    const result = await boundary((fields) => `{ pillars { ${"title ".repeat(fields)} } }`);
    expect(result.refusedAt).toBe(result.accepted + 1);
    expect(result.error.message).toMatch(/cost limit of 60 exceeded/i);
  });

  it("tokens: the longest allowed document passes, one token more is refused", async () => {
    // List items add tokens without adding cost or depth.
    const result = await boundary((items) => `{ objectives(numbers: [${"1 ".repeat(items)}]) { number } }`);
    expect(result.refusedAt).toBe(result.accepted + 1);
    expect(result.error.message).toMatch(/token limit of 80 exceeded/i);
  });

  it("directives: four directives pass, five are refused", async () => {
    const result = await boundary((count) => `{ pillars { ${"numeral @include(if: true) ".repeat(count)}} }`);
    expect(result).toMatchObject({ accepted: 4, refusedAt: 5 });
    expect(result.error.message).toMatch(/directives limit of 4 exceeded, found 5/i);
  });

  it("body size: a body at the limit passes, one byte more is refused with 413", async () => {
    const bodyOf = (length: number) => {
      const base = JSON.stringify({ query: "{ pillars { numeral } }", variables: { pad: "" } });
      return JSON.stringify({ query: "{ pillars { numeral } }", variables: { pad: "x".repeat(length - base.length) } });
    };
    expect((await hub.post(bodyOf(2000))).status).toBe(200);
    const refused = await hub.post(bodyOf(2001));
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({
      errors: [{ message: "Request body of 2001 bytes is over the limit of 2000 bytes", extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
  });

  it("batching: three operations in one request pass, four are refused", async () => {
    const batch = (count: number) => JSON.stringify(Array.from({ length: count }, () => ({ query: "{ pillars { numeral } }" })));
    const accepted = await hub.post(batch(3));
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as unknown[]).length).toBe(3);
    const refused = await hub.post(batch(4));
    expect(refused.status).toBe(413);
    expect(JSON.stringify(await refused.json())).toMatch(/Batching is limited to 3 operations per request/);
  });
});
