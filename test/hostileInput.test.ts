// 1,200 generated malformed or abusive requests at the gateway: none gets a 5xx,
// none crashes anything, and the gateway answers normally afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/testHub.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function randomGenerator(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface HostileRequest {
  kind: string;
  method: string;
  contentType?: string;
  body?: string | Uint8Array<ArrayBuffer>;
  search?: string;
}

function hostileRequests(count: number, random: () => number): HostileRequest[] {
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const json = "application/json";
  const makers: (() => HostileRequest)[] = [
    () => ({ kind: "broken JSON", method: "POST", contentType: json, body: pick(['{"query":', "{", '{"query": "{ pillars { numeral } }"', "[{]", "nul", '{"query":"\\u12"}']) }),
    () => ({ kind: "huge string", method: "POST", contentType: json, body: JSON.stringify({ query: `{ pillars { numeral } } # ${"x".repeat(Math.floor(random() * 200_000))}` }) }),
    () => ({ kind: "huge variable", method: "POST", contentType: json, body: JSON.stringify({ query: "query($n: Int) { objective(number: $n) { title } }", variables: { n: "9".repeat(1 + Math.floor(random() * 5000)) } }) }),
    () => {
      const depth = 5 + Math.floor(random() * 400);
      return { kind: "deep nesting", method: "POST", contentType: json, body: JSON.stringify({ query: `{ objectives ${"{ initiatives { objectives ".repeat(depth)}{ number }${" } }".repeat(depth)} }` }) };
    },
    () => {
      const aliases = 16 + Math.floor(random() * 3000);
      return { kind: "alias bomb", method: "POST", contentType: json, body: JSON.stringify({ query: `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: objectives { title }`).join(" ")} }` }) };
    },
    () => ({ kind: "field repeat bomb", method: "POST", contentType: json, body: JSON.stringify({ query: `{ objectives { ${"title ".repeat(500 + Math.floor(random() * 5000))} } }` }) }),
    () => ({ kind: "bad variables", method: "POST", contentType: json, body: JSON.stringify({ query: "query($n: Int!, $f: InitiativeFilter) { objective(number: $n) { title } initiatives(filter: $f) { totalCount } }", variables: pick([{ n: "x" }, { n: null }, { n: 1, f: { objective: "five" } }, { n: 1, f: { status: "UNKNOWN" } }, "variables", [1, 2], { n: 1e308 }]) }) }),
    () => ({ kind: "out-of-range arguments", method: "POST", contentType: json, body: JSON.stringify({ query: `{ objective(number: ${pick([-1, 0, 24, 2147483647, -2147483648])}) { title } initiatives(first: ${pick([0, -5, 101, 100000])}) { totalCount } }` }) }),
    () => ({ kind: "forged cursor", method: "POST", contentType: json, body: JSON.stringify({ query: `{ initiatives(after: ${JSON.stringify(pick(["", "a", "k:", "%%%", "k:\u0000", "eyJ9"]))}) { totalCount } }` }) }),
    () => ({ kind: "wrong content type", method: "POST", contentType: pick(["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "image/png", ""]), body: '{"query":"{ pillars { numeral } }"}' }),
    () => ({ kind: "wrong method", method: pick(["PUT", "DELETE", "PATCH"]), contentType: json, body: '{"query":"{ pillars { numeral } }"}' }),
    () => ({ kind: "random bytes", method: "POST", contentType: json, body: new Uint8Array(Array.from({ length: 1 + Math.floor(random() * 2000) }, () => Math.floor(random() * 256))) }),
    () => ({ kind: "not an operation", method: "POST", contentType: json, body: JSON.stringify(pick([null, 42, "query", [], [null], { query: 42 }, { query: null }, { query: "" }, { operationName: {} }, { query: "{ pillars { numeral } }", extensions: "x" }])) }),
    () => ({ kind: "syntax error", method: "POST", contentType: json, body: JSON.stringify({ query: pick(["{", "query {", "{ objectives( }", "mutation { x }", "subscription { pillars { numeral } }", "{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }", "fragment F on Objective { ...F } { objectives { ...F } }"]) }) }),
    () => ({ kind: "GET garbage", method: "GET", search: `?query=${encodeURIComponent(pick(["{", "{ pillars { numeral } }", "%", "mutation { x }"]))}&variables=${pick(["{", "[]", "null", "%7B"])}` }),
    () => ({ kind: "batch garbage", method: "POST", contentType: json, body: JSON.stringify(Array.from({ length: Math.floor(random() * 50) }, () => pick([{ query: "{ pillars { numeral } }" }, null, 7, { query: "{" }]))) }),
  ];
  return Array.from({ length: count }, () => pick(makers)());
}

describe("hostile input", () => {
  it("never gets a 5xx and leaves the gateway serving", async () => {
    const requests = hostileRequests(1200, randomGenerator(20261127));
    const serverErrors: string[] = [];
    const statuses = new Map<number, number>();
    for (let start = 0; start < requests.length; start += 24) {
      await Promise.all(
        requests.slice(start, start + 24).map(async (request) => {
          const headers: Record<string, string> = { accept: "application/graphql-response+json, application/json", "x-graphql-csrf": "1" };
          if (request.contentType) headers["content-type"] = request.contentType;
          const response = await fetch(hub.hub.gatewayUrl + (request.search ?? ""), { method: request.method, headers, body: request.body });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status >= 500) serverErrors.push(`${request.kind}: ${response.status}`);
        }),
      );
    }
    console.log(`hostile requests by status: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    expect(serverErrors).toEqual([]);
    expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBe(1200);

    const { status, body } = await hub.query("{ objectives(numbers: [1]) { title borderFigures { value } } pillars { numeral } }");
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.pillars).toHaveLength(5);
  });
});
