// What the public endpoint accepts: trusted documents only in production (with
// introspection, suggestions and GraphiQL off), automatic persisted queries
// elsewhere, CSRF prevention, and CORS by allow-list.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from "../gateway/src/config.js";
import { sha256 } from "../gateway/src/trustedDocuments.js";
import { PRODUCTION_GATEWAY_ENV, startTestHub, type TestHub } from "./support/testHub.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const manifest = JSON.parse(fs.readFileSync(DEFAULT_TRUSTED_DOCUMENTS_PATH, "utf8")) as Record<string, string>;
const planOverview = Object.entries(manifest).find(([, document]) => document.startsWith("query PlanOverview"))!;
const planOverviewHash = planOverview[0].replace("sha256:", "");

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}
/** Production needs its secrets configured; these match the test hub's subgraphs. */
const PRODUCTION = { NODE_ENV: "production", ...PRODUCTION_GATEWAY_ENV, JWT_JWKS_URL: "https://idp.example.pt/.well-known/jwks.json" };
const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe("production: trusted documents only", () => {
  let gateway: { url: string; stop(): Promise<void> };
  beforeAll(async () => {
    gateway = await hub.startGateway(PRODUCTION);
  });
  afterAll(() => gateway?.stop());

  it("runs a trusted document sent by its hash", async () => {
    const { body } = await post(gateway.url, byHash(planOverviewHash));
    expect(body.errors).toBeUndefined();
    expect(body.data.pillars).toHaveLength(5);
  });

  it("refuses an operation sent as text, and an unknown hash", async () => {
    const text = await post(gateway.url, { query: "{ pillars { numeral } }" });
    expect(text.body.errors![0]).toMatchObject({ message: expect.stringMatching(/^Only registered operations are accepted, sent by their hash/), extensions: { code: "PERSISTED_QUERY_ONLY" } });
    const unknown = await post(gateway.url, byHash(sha256("{ pillars { numeral } }")));
    expect(unknown.body.errors![0]).toMatchObject({ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } });
  });

  it("serves no GraphiQL page", async () => {
    const response = await fetch(gateway.url, { headers: { accept: "text/html" } });
    expect(await response.text()).not.toContain("<html");
  });
});

describe("production open to arbitrary operations: introspection and suggestions off", () => {
  let gateway: { url: string; stop(): Promise<void> };
  beforeAll(async () => {
    gateway = await hub.startGateway({ ...PRODUCTION, TRUSTED_OPERATIONS_ONLY: "false" });
  });
  afterAll(() => gateway?.stop());

  it("refuses introspection", async () => {
    const { body } = await post(gateway.url, { query: "{ __schema { types { name } } }" });
    expect(body.data?.__schema).toBeUndefined();
    expect(body.errors![0]!.message).toMatch(/introspection/i);
  });

  it("gives no field suggestions", async () => {
    const { body } = await post(gateway.url, { query: "{ objectives { numbr } }" });
    expect(body.errors![0]!.message).toMatch(/^Cannot query field "numbr" on type "Objective"/);
    expect(body.errors![0]!.message).not.toMatch(/Did you mean/);
  });
});

describe("development: automatic persisted queries", () => {
  it("asks for an unknown hash, registers it with the query, then runs it by hash", async () => {
    const query = "{ guidingPrinciples { number } }";
    const hash = sha256(query);
    const first = await post(hub.hub.gatewayUrl, byHash(hash));
    expect(first.body.errors![0]).toMatchObject({ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } });
    const register = await post(hub.hub.gatewayUrl, { query, ...byHash(hash) });
    expect(register.body.data.guidingPrinciples).toHaveLength(10);
    const again = await post(hub.hub.gatewayUrl, byHash(hash));
    expect(again.body.data.guidingPrinciples).toHaveLength(10);
  });

  it("serves trusted documents by hash too, and refuses a hash that does not match its query", async () => {
    expect((await post(hub.hub.gatewayUrl, byHash(planOverviewHash))).body.data.pillars).toHaveLength(5);
    const mismatch = await post(hub.hub.gatewayUrl, { query: "{ pillars { numeral } }", ...byHash(planOverviewHash) });
    expect(mismatch.body.errors![0]).toMatchObject({ message: "provided sha256Hash does not match query" });
  });
});

describe("CSRF prevention and CORS", () => {
  it("refuses a GET query without a CSRF header and a text/plain POST; accepts them with it", async () => {
    const url = `${hub.hub.gatewayUrl}?query=${encodeURIComponent("{ pillars { numeral } }")}`;
    expect((await fetch(url)).status).toBe(403);
    expect((await fetch(url, { headers: { "x-graphql-csrf": "1" } })).status).toBe(200);
    const plain = await fetch(hub.hub.gatewayUrl, { method: "POST", headers: { "content-type": "text/plain" }, body: '{"query":"{ pillars { numeral } }"}' });
    expect(plain.status).toBe(403);
  });

  it("allows only listed origins", async () => {
    const gateway = await hub.startGateway({ CORS_ORIGINS: "https://dashboard.example.pt" });
    try {
      const preflight = (origin: string) =>
        fetch(gateway.url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
      expect((await preflight("https://dashboard.example.pt")).headers.get("access-control-allow-origin")).toBe("https://dashboard.example.pt");
      expect((await preflight("https://evil.example.com")).headers.get("access-control-allow-origin")).not.toBe("https://evil.example.com");
    } finally {
      await gateway.stop();
    }
  });
});
