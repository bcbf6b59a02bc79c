// Cached answers at the HTTP layer (gateway/src/cachedAnswers.ts, issue 29): a repeated
// anonymous read is answered with the stored bytes and the same headers without reaching
// a subgraph, by hash or by text alike; a caller with a token never gets the cached
// answer; a department's write still makes the next anonymous read fresh.
import crypto from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { readGatewayConfig } from "../gateway/src/config.js";
import { createGateway, type Gateway } from "../gateway/src/gateway.js";
import { startTestHub, type TestHub } from "./support/testHub.js";
import { token } from "./support/tokens.js";
import { LABOUR_FIGURE } from "./support/figureInputs.js";
import { trustedHash } from "./support/trustedHash.js";

let hub: TestHub;
beforeAll(async () => {
  // The response cache on (60 s), as shipped.
  hub = await startTestHub({ gatewayEnv: { RESPONSE_CACHE_TTL_MS: "60000" } });
});
afterAll(async () => {
  await hub?.close();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LABOUR_FIGURES = "query CachedLabourFigures { labourFigures(first: 100) { edges { node { id value status } } } }";

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** SQL statements the subgraphs ran while `run` ran. */
async function statementsDuring(run: () => Promise<unknown>): Promise<number> {
  hub.statements.clear();
  await run();
  return [...hub.statements.values()].reduce((sum, statements) => sum + statements.length, 0);
}

const REDIS_URL = "redis://127.0.0.1:6379";

describe.each([
  ["in memory", {}],
  ["in Redis (replicas)", { REDIS_URL, REDIS_KEY_PREFIX: `gcm-hub-test-${crypto.randomUUID()}:` }],
] as [string, Record<string, string>][])("a trusted document sent by hash (production's only way), cache %s", (_, cacheEnv) => {
  let gateway: Gateway;
  let url: string;
  /** Requests the GraphQL server saw: an early answer is not one of them. */
  let served = 0;
  const seen: GatewayPlugin = { onRequest: () => void served++ };
  const body = JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: trustedHash("PlanOverview") } } });
  beforeAll(async () => {
    const config = readGatewayConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", TRUSTED_OPERATIONS_ONLY: "true", RESPONSE_CACHE_TTL_MS: "60000", ...cacheEnv });
    const subgraphUrls = Object.fromEntries(hub.hub.subgraphs.map(({ name, url: subgraphUrl }) => [name, subgraphUrl]));
    gateway = createGateway({ config: { ...config, subgraphUrls }, plugins: [seen] });
    url = await gateway.listen(0);
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it("is answered again with the same bytes and headers, a request id of its own, and no subgraph request; the hit is counted", async () => {
    const first = await post(url, body);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text).data.objectives.length).toBeGreaterThan(0);
    let again: Awaited<ReturnType<typeof post>>[] = [];
    const servedBefore = served;
    expect(await statementsDuring(async () => {
      again = [await post(url, body), await post(url, body, { accept: "application/graphql-response+json", "x-request-id": "client-0042" })];
    })).toBe(0);
    expect(served).toBe(servedBefore);
    expect(again.map((answer) => answer.text)).toEqual([first.text, first.text]);
    expect(again.map((answer) => answer.headers.get("content-type"))).toEqual(["application/json; charset=utf-8", "application/graphql-response+json; charset=utf-8"]);
    const ids = [first, ...again].map((answer) => answer.headers.get("x-request-id"));
    expect(ids.every((id) => UUID.test(id ?? ""))).toBe(true);
    expect(new Set(ids).size).toBe(3);
    expect(again[1]!.headers.get("x-client-request-id")).toBe("client-0042");
    // Every header the GraphQL server writes (the browser security headers among them), but those of one response.
    const perResponse = new Set(["date", "content-length", "connection", "keep-alive", "x-request-id", "x-client-request-id"]);
    const lasting = (headers: Headers) => [...headers].filter(([name]) => !perResponse.has(name));
    expect(lasting(again[0]!.headers)).toEqual(lasting(first.headers));
    expect(again[0]!.headers.get("x-content-type-options")).toBe("nosniff");

    const metrics = await (await fetch(new URL("/metrics", url))).text();
    expect(Number(/gateway_response_cache_lookups_total\{result="hit"\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThanOrEqual(2);
    expect(Number(/gateway_operations_total\{operation="PlanOverview",outcome="ok"\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThanOrEqual(3);
  });

  // Another replica's write, as it reaches this one: the generation in Redis moves, and
  // Redis's invalidation of it arrives (a write through the gateway itself is in "a document
  // sent as text" below; two replicas, in replicaCache.test.ts).
  if (cacheEnv.REDIS_URL) {
    it("is not answered early once another replica's write moves the generation of a department it reads from", async () => {
      await post(url, body);
      const servedBefore = served;
      await post(url, body);
      expect(served).toBe(servedBefore);
      const redis = new Redis(cacheEnv.REDIS_URL!, { keyPrefix: cacheEnv.REDIS_KEY_PREFIX });
      await redis.incr("response-cache:generation:plan");
      redis.disconnect();
      await expect.poll(() => statementsDuring(() => post(url, body)), { timeout: 1000, interval: 10 }).toBeGreaterThan(0);
      expect(served).toBeGreaterThan(servedBefore);
    });
  }

  it("still refuses what the GraphQL server refuses: a bad request id, a bad token, text that is not the hash's", async () => {
    await post(url, body);
    expect((await post(url, body, { "x-request-id": "not an id" })).status).toBe(400);
    expect((await post(url, body, { authorization: "Bearer not-a-token" })).status).toBe(401);
    const mismatched = JSON.stringify({ query: "{ pillars { numeral } }", extensions: JSON.parse(body).extensions });
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(JSON.parse((await post(url, mismatched)).text).errors[0].extensions.code).toBe("PERSISTED_QUERY_HASH_MISMATCH");
    }
  });
});

describe("a document sent as text (development, GraphiQL)", () => {
  const body = JSON.stringify({ query: LABOUR_FIGURES });

  it("is answered from the cache at its second read like a hash, without reaching a subgraph", async () => {
    const first = await post(hub.hub.gatewayUrl, body);
    let second = first;
    expect(await statementsDuring(async () => {
      second = await post(hub.hub.gatewayUrl, body);
    })).toBe(0);
    expect(second.text).toBe(first.text);
  });

  it("that fails validation is refused every time, never answered early", async () => {
    const invalid = JSON.stringify({ query: "query Invalid { labourFigures(first: 100) { edges { node { nope } } } }" });
    for (let attempt = 0; attempt < 2; attempt++) {
      const answer = await post(hub.hub.gatewayUrl, invalid, { accept: "application/graphql-response+json" });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text).errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    }
  });

  it("is never answered from the cache to a caller with a token: labour's writer sees its draft where the public sees none", async () => {
    const writer = await token({ subgraph: "labour", scopes: ["write"], subject: "ana" });
    const recorded = await post(hub.hub.gatewayUrl, JSON.stringify({ query: "mutation($input: FigureInput!) { recordLabourFigure(input: $input) { id status } }", variables: { input: LABOUR_FIGURE } }), { authorization: `Bearer ${writer}` });
    const draft = JSON.parse(recorded.text).data.recordLabourFigure;
    expect(draft.status).toBe("DRAFT");
    const ids = (text: string) => (JSON.parse(text).data.labourFigures.edges as { node: { id: string } }[]).map(({ node }) => node.id);
    await post(hub.hub.gatewayUrl, body);
    const anonymous = await post(hub.hub.gatewayUrl, body);
    expect(ids(anonymous.text)).not.toContain(draft.id);
    let asWriter = anonymous;
    expect(await statementsDuring(async () => {
      asWriter = await post(hub.hub.gatewayUrl, body, { authorization: `Bearer ${writer}` });
    })).toBeGreaterThan(0);
    expect(ids(asWriter.text)).toContain(draft.id);
    expect(asWriter.text).not.toBe(anonymous.text);
  });

  it("is read fresh after the department publishes: a write still invalidates the cached answer", async () => {
    const publisher = await token({ subgraph: "labour", scopes: ["write", "publish"], subject: "rui" });
    const before = await post(hub.hub.gatewayUrl, body);
    expect(await statementsDuring(() => post(hub.hub.gatewayUrl, body))).toBe(0);
    const recorded = await post(hub.hub.gatewayUrl, JSON.stringify({ query: "mutation($input: FigureInput!) { recordLabourFigure(input: $input) { id } }", variables: { input: { ...LABOUR_FIGURE, value: 77 } } }), { authorization: `Bearer ${publisher}` });
    const id = JSON.parse(recorded.text).data.recordLabourFigure.id as string;
    const published = await post(hub.hub.gatewayUrl, JSON.stringify({ query: "mutation($id: ID!) { publishLabourFigure(id: $id) { id status } }", variables: { id } }), { authorization: `Bearer ${publisher}` });
    expect(JSON.parse(published.text).data.publishLabourFigure.status).toBe("PUBLISHED");
    const after = await post(hub.hub.gatewayUrl, body);
    expect(before.text).not.toContain(id);
    expect(JSON.parse(after.text).data.labourFigures.edges).toContainEqual({ node: { id, value: 77, status: "PUBLISHED" } });
  });
});
