// The gateway as createGateway assembles it, in process over the committed supergraph:
// what the public endpoint accepts, decided before any subgraph is asked (trusted
// documents only in production, the hub's and the published client manifests', with a
// new operation run on first use in development and refused with how to publish it in
// production; introspection, suggestions and GraphiQL off in production; bad
// input refused with a clear error; CSRF
// prevention; CORS by allow-list), tracing off by default, and GraphiQL and the dashboard
// served from the gateway's own bundles. Subgraph requests go to
// an in-process fetch that notes them (and answers only the plan's pillars). No ports, no database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { useCustomFetch } from "@graphql-hive/gateway-runtime";
import { afterAll, describe, expect, it } from "vitest";
import { readGatewayConfig } from "../src/config.js";
import { createGateway, type Gateway } from "../src/gateway.js";
import { publishManifest, retireManifest } from "../src/operationStore.js";
import { sha256 } from "../src/trustedDocuments.js";

/** Subgraph requests the gateways made, by URL, with their headers. */
const subgraphRequests: { url: string; headers: Headers }[] = [];
const noSubgraphs = useCustomFetch((async (url: string, init?: RequestInit) => {
  subgraphRequests.push({ url, headers: new Headers(init?.headers) });
  // The plan subgraph's pillars, the one read these tests need answered; nothing else.
  if (String(init?.body).includes("pillars")) return Response.json({ data: { pillars: [{ numeral: "I" }] } });
  return Response.json({ data: null, errors: [{ message: "no subgraph in this test" }] });
}) as never);

/** QUERY_PLANNER from the test run, as the hub tests take it (test/support/testHub.ts). */
const plannerEnv: Record<string, string> = process.env.QUERY_PLANNER ? { QUERY_PLANNER: process.env.QUERY_PLANNER } : {};
const gateways: Gateway[] = [];
function gateway(env: Record<string, string>): Gateway {
  const signingKey = JSON.stringify(readGatewayConfig({ NODE_ENV: "test" }).signingKey);
  const config = readGatewayConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", HUB_GATEWAY_SIGNING_KEY: signingKey, METRICS_PORT: "0", ...plannerEnv, ...env });
  const created = createGateway({ config, plugins: [noSubgraphs] });
  gateways.push(created);
  return created;
}
afterAll(async () => {
  for (const created of gateways) await created.stop();
});

const post = async (target: Gateway, body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  const response = await target.runtime.fetch("http://gateway.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", "content-length": String(text.length), ...headers },
    body: text,
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
};
const query = (target: Gateway, text: string, variables?: Record<string, unknown>) => post(target, { query: text, variables });
const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const PRODUCTION = { NODE_ENV: "production", JWT_JWKS_URL: "https://idp.example.pt/.well-known/jwks.json" };

describe("production: trusted documents only", () => {
  const production = gateway(PRODUCTION);

  it("refuses an operation sent as text, and an unknown hash, before asking any subgraph", async () => {
    subgraphRequests.length = 0;
    const text = await post(production, { query: "{ pillars { numeral } }" });
    expect(text.body.errors![0]).toMatchObject({ message: expect.stringMatching(/^Only registered operations are accepted, sent by their hash/), extensions: { code: "PERSISTED_QUERY_ONLY" } });
    const unknown = await post(production, byHash(sha256("{ pillars { numeral } }")));
    expect(unknown.body.errors![0]).toMatchObject({ message: expect.stringMatching(/^PersistedQueryNotFound: .* npm run operations:publish -- --client <name>/), extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } });
    expect(subgraphRequests).toEqual([]);
  });

  it("serves no GraphiQL page", async () => {
    const response = await production.runtime.fetch("http://gateway.test/graphql", { headers: { accept: "text/html" } });
    expect(await response.text()).not.toContain("<html");
  });
});

/**
 * The front-end guide's client (docs/front-end.md, "A typed client"): the hash alone; on
 * PERSISTED_QUERY_NOT_FOUND, once more with the document's text from the manifest codegen
 * wrote beside the documents.
 */
async function runLikeTheGuide(target: Gateway, manifest: Record<string, string>, key: string) {
  const persistedQuery = { version: 1, sha256Hash: key.replace("sha256:", "") };
  let answer = await post(target, { extensions: { persistedQuery } });
  if (answer.body.errors?.[0]?.extensions?.code === "PERSISTED_QUERY_NOT_FOUND") answer = await post(target, { query: manifest[key], extensions: { persistedQuery } });
  return answer;
}

describe("a brand-new operation: runs on first use in development, and the same client runs it in production once published", () => {
  const operationsDir = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-gateway-first-use-"));
  afterAll(() => fs.rmSync(operationsDir, { recursive: true, force: true }));
  const FIRST_DRAFT = "query FirstDraft { pillars { numeral } }";
  const manifest = { [`sha256:${sha256(FIRST_DRAFT)}`]: FIRST_DRAFT };
  const key = `sha256:${sha256(FIRST_DRAFT)}`;

  it("development (npm start): the client's second request, hash and text, runs it and registers it; the hash alone then runs", async () => {
    const development = gateway({ NODE_ENV: "development", OPERATIONS_DIR: operationsDir });
    expect((await post(development, byHash(sha256(FIRST_DRAFT)))).status).toBe(404);
    expect(await runLikeTheGuide(development, manifest, key)).toEqual({ status: 200, body: { data: { pillars: [{ numeral: "I" }] } } });
    expect(await post(development, byHash(sha256(FIRST_DRAFT)))).toEqual({ status: 200, body: { data: { pillars: [{ numeral: "I" }] } } });
  });

  it("production: the same client is told to publish it, and runs it unchanged once it is published", async () => {
    const production = gateway({ ...PRODUCTION, OPERATIONS_DIR: operationsDir, SUPERGRAPH_POLL_MS: "3600000" });
    const refused = await runLikeTheGuide(production, manifest, key);
    expect(refused.status).toBe(404);
    expect(refused.body.errors![0]!.message).toContain("Publish the client's manifest first: npm run operations:publish -- --client <name> --version <version> persisted-documents.json");
    publishManifest(operationsDir, "first-team", "0.1.0", { documents: new Map([[sha256(FIRST_DRAFT), FIRST_DRAFT]]), operations: [{ name: "FirstDraft", type: "query" as never, hash: sha256(FIRST_DRAFT) }] });
    production.refreshOperations();
    expect(await runLikeTheGuide(production, manifest, key)).toEqual({ status: 200, body: { data: { pillars: [{ numeral: "I" }] } } });
  });
});

describe("production: published client manifests are trusted, retired ones no longer", () => {
  const operationsDir = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-gateway-operations-"));
  afterAll(() => fs.rmSync(operationsDir, { recursive: true, force: true }));
  // Two replicas reading one folder, as the topology's gateways do; polling off, refreshed by hand.
  const replicas = [gateway({ ...PRODUCTION, OPERATIONS_DIR: operationsDir, SUPERGRAPH_POLL_MS: "3600000" }), gateway({ ...PRODUCTION, OPERATIONS_DIR: operationsDir, SUPERGRAPH_POLL_MS: "3600000" })];
  const MOBILE_PILLARS = "query MobilePillars { pillars { numeral } }";
  const published = { documents: new Map([[sha256(MOBILE_PILLARS), MOBILE_PILLARS]]), operations: [{ name: "MobilePillars", type: "query" as never, hash: sha256(MOBILE_PILLARS) }] };

  it("answers a published manifest's hash on every replica, and refuses it once retired", async () => {
    for (const replica of replicas) expect((await post(replica, byHash(sha256(MOBILE_PILLARS)))).body.errors![0]!.extensions!.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    publishManifest(operationsDir, "mobile", "1.0.0", published);
    for (const replica of replicas) {
      replica.refreshOperations();
      const answer = await post(replica, byHash(sha256(MOBILE_PILLARS)));
      expect(answer).toEqual({ status: 200, body: { data: { pillars: [{ numeral: "I" }] } } });
    }
    retireManifest(operationsDir, "mobile", "1.0.0");
    for (const replica of replicas) {
      replica.refreshOperations();
      expect((await post(replica, byHash(sha256(MOBILE_PILLARS)))).body.errors![0]!.extensions!.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    }
  });

  it("keeps serving the hub's own operations beside them", async () => {
    const hub = JSON.parse(fs.readFileSync(readGatewayConfig({ NODE_ENV: "test" }).trustedDocumentsPath, "utf8")) as Record<string, string>;
    const [key] = Object.entries(hub).find(([, document]) => document.includes("pillars"))!;
    expect((await post(replicas[0]!, byHash(key.replace("sha256:", "")))).body.errors).toBeUndefined();
  });
});

describe("production open to arbitrary operations: introspection and suggestions off", () => {
  const open = gateway({ ...PRODUCTION, TRUSTED_OPERATIONS_ONLY: "false" });

  it("refuses introspection", async () => {
    const { body } = await post(open, { query: "{ __schema { types { name } } }" });
    expect(body.data?.__schema).toBeUndefined();
    expect(body.errors![0]!.message).toMatch(/introspection/i);
  });

  it("gives no field suggestions", async () => {
    const { body } = await post(open, { query: "{ objectives { numbr } }" });
    expect(body.errors![0]!.message).toMatch(/^Cannot query field "numbr" on type "Objective"/);
    expect(body.errors![0]!.message).not.toMatch(/Did you mean/);
  });
});

describe("CSRF prevention and CORS", () => {
  const development = gateway({});
  const withOrigins = gateway({ CORS_ORIGINS: "https://dashboard.example.pt" });

  it("refuses a GET query without a CSRF header and a text/plain POST; accepts them with it", async () => {
    const url = `http://gateway.test/graphql?query=${encodeURIComponent("{ pillars { numeral } }")}`;
    expect((await development.runtime.fetch(url)).status).toBe(403);
    expect((await development.runtime.fetch(url, { headers: { "x-graphql-csrf": "1" } })).status).toBe(200);
    const body = '{"query":"{ pillars { numeral } }"}';
    const plain = await development.runtime.fetch("http://gateway.test/graphql", { method: "POST", headers: { "content-type": "text/plain", "content-length": String(body.length) }, body });
    expect(plain.status).toBe(403);
  });

  it("allows only listed origins", async () => {
    const preflight = (origin: string) =>
      withOrigins.runtime.fetch("http://gateway.test/graphql", { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
    expect((await preflight("https://dashboard.example.pt")).headers.get("access-control-allow-origin")).toBe("https://dashboard.example.pt");
    expect((await preflight("https://evil.example.com")).headers.get("access-control-allow-origin")).not.toBe("https://evil.example.com");
  });
});

describe("tracing off (the default)", () => {
  it("sends no traceparent to the subgraphs", async () => {
    subgraphRequests.length = 0;
    await post(gateway({}), { query: "{ pillars { numeral } }" });
    expect(subgraphRequests.length).toBeGreaterThan(0);
    expect(subgraphRequests.filter((request) => request.headers.has("traceparent"))).toEqual([]);
  });
});

describe("GraphiQL and the dashboard, in development", () => {
  const development = gateway({});

  it("loads from the gateway with every asset from the gateway itself and the example operations as tabs", async () => {
    const response = await development.runtime.fetch("http://gateway.test/graphql", { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<title>GCM Hub</title>");
    // No script, stylesheet, image or font is fetched from another host.
    const externalAssets = [...html.matchAll(/(?:src|href)\s*=\s*["'](https?:)?\/\/[^"']+["']/g)].map((match) => match[0]);
    expect(externalAssets).toEqual([]);
    expect(html).not.toMatch(/@import\s+url\(\s*["']?https?:/);
    expect(html).toContain("query PlanOverview");
    // Its script and style sheet are the gateway's own bundles (test/browser checks nothing else is fetched).
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.sort()).toEqual(["/assets/graphiql.css", "/assets/graphiql.js"]);
    for (const asset of assets) {
      const bundle = await development.runtime.fetch(new URL(asset, "http://gateway.test/").toString());
      expect(bundle.status).toBe(200);
      expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }
  });

  it("serves the dashboard at / from its own bundles, and a 404 that lists the bundles for an unknown one", async () => {
    const page = await development.runtime.fetch("http://gateway.test/");
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await page.text();
    expect([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]).sort()).toEqual(["/assets/dashboard.css", "/assets/dashboard.js"]);
    const missing = await development.runtime.fetch("http://gateway.test/assets/nothing.js");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("No asset nothing.js; the assets are: dashboard.css, dashboard.js, graphiql.css, graphiql.js\n");
  });
});

describe("bad input gets a clear error, before any subgraph is asked", () => {
  const development = gateway({});

  it("malformed query", async () => {
    const { status, body } = await query(development, "{ objectives { number ");
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toMatch(/Syntax Error/);
  });

  it("unknown field", async () => {
    const { status, body } = await query(development, "{ objectives { numero } }");
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toMatch(/^Cannot query field "numero" on type "Objective"/);
  });

  it("wrong variable type", async () => {
    const { status, body } = await query(development, "query($n: Int!) { objective(number: $n) { title } }", { n: "seven" });
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toMatch(/Variable "\$n" got invalid value "seven"; Int cannot represent non-integer value/);
  });

  it("non-JSON body", async () => {
    const text = "{ objectives { number } }";
    const response = await development.runtime.fetch("http://gateway.test/graphql", { method: "POST", headers: { "content-type": "application/json", "content-length": String(text.length) }, body: text });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/POST body sent invalid JSON/);
  });
});

describe("the response cache's metric", () => {
  it("counts each anonymous read's lookup as a miss, then a hit", async () => {
    const cached = gateway({ RESPONSE_CACHE_TTL_MS: "60000" });
    for (let read = 0; read < 2; read++) expect((await query(cached, "query Pillars { pillars { numeral } }")).body).toEqual({ data: { pillars: [{ numeral: "I" }] } });
    const text = await cached.registry.metrics();
    expect(text).toMatch(/gateway_response_cache_lookups_total\{result="miss"\} 1/);
    expect(text).toMatch(/gateway_response_cache_lookups_total\{result="hit"\} 1/);
  });
});
