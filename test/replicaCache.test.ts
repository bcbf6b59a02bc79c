// The topology's replicas on one Redis (gateway/src/plugins/generationFeed.ts): each keeps a
// copy of the answers it read and serves it without asking Redis while Redis's invalidations
// tell it of every change to a generation. A write through any replica makes its own next
// read fresh at once and every other replica's once the invalidation arrives; a replica
// whose subscription drops reads Redis again instead of trusting its copy.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { parse } from "graphql";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGatewayConfig } from "../gateway/src/config.js";
import { createGateway, type Gateway } from "../gateway/src/gateway.js";
import { createResponseCaching, type CachedRead, type ResponseCaching } from "../gateway/src/plugins/useResponseCaching.js";
import { LEASE_MS, PING_MS } from "../gateway/src/plugins/generationFeed.js";
import { startTestHub, type TestHub } from "./support/testHub.js";
import { token } from "./support/tokens.js";
import { LABOUR_FIGURE } from "./support/figureInputs.js";

const REDIS_URL = "redis://127.0.0.1:6379";
/** How long an invalidation may take to reach the other replica here (loopback, a loaded machine). */
const INVALIDATION_BOUND_MS = 1000;

/** Deletes a test's keys. */
async function forgetKeys(keyPrefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${keyPrefix}*`);
  if (keys.length > 0) await redis.unlink(...keys);
  redis.disconnect();
}

describe("two gateway replicas on one Redis", () => {
  let hub: TestHub;
  let replicas: Gateway[] = [];
  let urls: string[] = [];
  const keyPrefix = `gcm-hub-test-${crypto.randomUUID()}:`;
  const body = JSON.stringify({ query: "query ReplicaLabourFigures { labourFigures(first: 100) { edges { node { id value status } } } }" });
  beforeAll(async () => {
    hub = await startTestHub({ gatewayEnv: { RESPONSE_CACHE_TTL_MS: "60000" } });
    const config = readGatewayConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", TRUSTED_OPERATIONS_ONLY: "false", RESPONSE_CACHE_TTL_MS: "60000", REDIS_URL, REDIS_KEY_PREFIX: keyPrefix });
    const subgraphUrls = Object.fromEntries(hub.hub.subgraphs.map(({ name, url }) => [name, url]));
    replicas = [createGateway({ config: { ...config, subgraphUrls } }), createGateway({ config: { ...config, subgraphUrls } })];
    urls = await Promise.all(replicas.map((replica) => replica.listen(0)));
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await hub?.close();
    await forgetKeys(keyPrefix);
  });

  const post = async (url: string, text: string, headers: Record<string, string> = {}) =>
    (await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: text })).text();
  const ids = (answer: string) => (JSON.parse(answer).data.labourFigures.edges as { node: { id: string } }[]).map(({ node }) => node.id);
  async function statementsDuring(run: () => Promise<unknown>): Promise<number> {
    hub.statements.clear();
    await run();
    return [...hub.statements.values()].reduce((sum, statements) => sum + statements.length, 0);
  }

  it("a department's publish through replica A makes A's next read fresh at once, B's once the invalidation arrives, and B never serves the old answer after", async () => {
    const [a, b] = urls as [string, string];
    await post(b, body);
    await post(a, body);
    expect(await statementsDuring(() => post(b, body))).toBe(0);
    const publisher = await token({ subgraph: "labour", scopes: ["write", "publish"], subject: "rui" });
    const recorded = await post(a, JSON.stringify({ query: "mutation($input: FigureInput!) { recordLabourFigure(input: $input) { id } }", variables: { input: { ...LABOUR_FIGURE, value: 78 } } }), { authorization: `Bearer ${publisher}` });
    const id = JSON.parse(recorded).data.recordLabourFigure.id as string;
    const published = await post(a, JSON.stringify({ query: "mutation($id: ID!) { publishLabourFigure(id: $id) { status } }", variables: { id } }), { authorization: `Bearer ${publisher}` });
    expect(JSON.parse(published).data.publishLabourFigure.status).toBe("PUBLISHED");
    // A, the writer, at once.
    expect(ids(await post(a, body))).toContain(id);
    await expect.poll(async () => ids(await post(b, body)), { timeout: INVALIDATION_BOUND_MS, interval: 20 }).toContain(id);
    for (let read = 0; read < 20; read++) expect(ids(await post(b, body))).toContain(id);
    // And B serves it from the cache again, A's fresh answer or its own.
    expect(await statementsDuring(() => post(b, body))).toBe(0);
  });
});

describe("a replica's copy of the answers it read from Redis", () => {
  const keyPrefix = `gcm-hub-test-${crypto.randomUUID()}:`;
  const supergraph = fs.readFileSync(path.join(import.meta.dirname, "../schema/supergraph.graphql"), "utf8");
  /** A read of plan's data, and an answer stored for it by hand under plan's generation. */
  const read: CachedRead = { documentString: "{ pillars { numeral } }", baseKey: `replica-test-${crypto.randomUUID()}` };
  let redis: Redis;
  let replica: ResponseCaching;
  const store = async (answer: string) => {
    const [every, plan] = await redis.mget("response-cache:generation:*", "response-cache:generation:plan");
    await redis.set(`*=${every ?? 0},plan=${plan ?? 0}:${read.baseKey}`, answer, "PX", 60_000);
  };
  /** The answer as text, and whether it came from the copy (at once) or from Redis (a promise). */
  const answered = async () => {
    const stored = replica.storedAnswer(read);
    return { fromCopy: !(stored instanceof Promise), text: (await stored)?.toString() };
  };
  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { keyPrefix });
    replica = createResponseCaching({ redisUrl: REDIS_URL, redisKeyPrefix: keyPrefix, supergraph: () => supergraph });
    await replica.connected(3000);
  });
  afterAll(async () => {
    await replica?.close();
    redis?.disconnect();
    await forgetKeys(keyPrefix);
  });

  it("is served at once once read, and never after any client moves a generation it was stored under", async () => {
    await store('{"data":{"pillars":[{"numeral":"I"}]}}');
    await expect.poll(answered, { timeout: 3000, interval: 20 }).toEqual({ fromCopy: true, text: '{"data":{"pillars":[{"numeral":"I"}]}}' });
    // Any client: here a bare INCR, as a replica of an older version writes it.
    await redis.incr("response-cache:generation:plan");
    await expect.poll(async () => (await answered()).text, { timeout: INVALIDATION_BOUND_MS, interval: 5 }).toBeUndefined();
    for (let attempt = 0; attempt < 20; attempt++) expect((await answered()).text).toBeUndefined();
    await store('{"data":{"pillars":[{"numeral":"II"}]}}');
    await expect.poll(answered, { timeout: 3000, interval: 20 }).toEqual({ fromCopy: true, text: '{"data":{"pillars":[{"numeral":"II"}]}}' });
  });

  it("is not trusted once the subscription drops: the replica reads Redis again, and what changed meanwhile", async () => {
    await redis.incr("response-cache:generation:plan");
    await store('{"data":{"pillars":[{"numeral":"III"}]}}');
    await expect.poll(answered, { timeout: 3000, interval: 20 }).toEqual({ fromCopy: true, text: '{"data":{"pillars":[{"numeral":"III"}]}}' });
    // This process's subscriptions (this replica's alone by now), killed as a network fault would.
    const clients = ((await redis.client("LIST")) as string).split("\n").filter((line) => line.includes(` name=gcm-hub-generations-${process.pid} `));
    expect(clients.length).toBeGreaterThan(0);
    for (const client of clients) await redis.client("KILL", "ID", /\bid=(\d+)/.exec(client)![1]!);
    await expect.poll(async () => (await answered()).fromCopy, { timeout: 3000, interval: 1 }).toBe(false);
    await redis.incr("response-cache:generation:plan");
    for (let attempt = 0; attempt < 20; attempt++) expect((await answered()).text).toBeUndefined();
  });
});

/**
 * A TCP relay to the local Redis that can go silent (bytes stop flowing both ways and no
 * connection closes, as on a network that drops packets) or hold up what Redis sends the
 * connections that turned tracking on (the replicas' subscriptions), as a slow network would.
 */
async function redisRelay() {
  const sockets = new Set<net.Socket>();
  let silent = false;
  let subscriptionDelayMs = 0;
  const server = net.createServer((client) => {
    const redis = net.connect(6379, "127.0.0.1");
    let tracking = false;
    for (const socket of [client, redis]) {
      sockets.add(socket);
      socket.on("error", () => undefined);
      socket.on("close", () => sockets.delete(socket));
    }
    client.on("data", (chunk) => {
      if (chunk.includes("TRACKING")) tracking = true;
      if (!silent) redis.write(chunk);
    });
    // One delay for every chunk of a connection: timers of one duration fire in order, so the order holds.
    redis.on("data", (chunk) => {
      if (silent) return;
      const delayMs = tracking ? subscriptionDelayMs : 0;
      if (delayMs > 0) setTimeout(() => client.write(chunk), delayMs);
      else client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    silence: () => void (silent = true),
    delaySubscriptions: (delayMs: number) => void (subscriptionDelayMs = delayMs),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A replica whose connections to Redis go through a relay, with one answer of plan's data stored in Redis and already in its copy. */
async function relayedReplica() {
  const keyPrefix = `gcm-hub-test-${crypto.randomUUID()}:`;
  const relay = await redisRelay();
  const supergraph = fs.readFileSync(path.join(import.meta.dirname, "../schema/supergraph.graphql"), "utf8");
  const replica = createResponseCaching({ redisUrl: relay.url, redisKeyPrefix: keyPrefix, supergraph: () => supergraph });
  const redis = new Redis(REDIS_URL, { keyPrefix });
  const read: CachedRead = { documentString: "{ pillars { numeral } }", baseKey: "relayed" };
  const fromCopy = () => !(replica.storedAnswer(read) instanceof Promise);
  const close = async () => {
    await replica.close();
    await relay.close();
    redis.disconnect();
    await forgetKeys(keyPrefix);
  };
  try {
    await replica.connected(3000);
    await redis.set(`*=0,plan=0:${read.baseKey}`, '{"data":{"pillars":[]}}', "PX", 60_000);
    await expect.poll(fromCopy, { timeout: 3000, interval: 20 }).toBe(true);
  } catch (error) {
    await close();
    throw error;
  }
  return { relay, replica, read, fromCopy, close };
}

/** How long the relay holds up what Redis sends a replica's subscription: well under the lease less a ping's interval (the pings' answers are held up as long), well over any loaded machine's handling of a write. */
const HELD_UP_MS = LEASE_MS - PING_MS - 500;

describe("the replica that writes", () => {
  it("does not serve its copy of an answer its own write made stale, though the invalidation of its write has not come back", async () => {
    const { relay, replica, read, close } = await relayedReplica();
    try {
      relay.delaySubscriptions(HELD_UP_MS);
      // A write to plan, through the hooks the GraphQL server runs for it on this replica.
      const [, advanceOnWrite] = replica.plugins;
      const args = { document: parse("mutation { createInitiative(input: {}) { id } }"), contextValue: { caller: { subject: "ana" } } };
      const hooks = await advanceOnWrite.onExecute!({ args } as never);
      await (hooks as { onExecuteDone(payload: unknown): unknown }).onExecuteDone({ args, result: { data: null } });
      const stored = replica.storedAnswer(read);
      expect({ fromCopy: !(stored instanceof Promise), text: (await stored)?.toString() }).toEqual({ fromCopy: false, text: undefined });
    } finally {
      await close();
    }
  });
});

describe("a replica whose connection to Redis goes silent", () => {
  it(`stops serving its copy within ${LEASE_MS} ms of the last confirmation, with nothing closed`, async () => {
    const { relay, fromCopy, close } = await relayedReplica();
    try {
      relay.silence();
      const silencedAt = performance.now();
      await expect.poll(fromCopy, { timeout: LEASE_MS + PING_MS + 1000, interval: 20 }).toBe(false);
      expect(performance.now() - silencedAt).toBeLessThanOrEqual(LEASE_MS + PING_MS);
    } finally {
      await close();
    }
  });

  it(`trusts a ping's answer from when the ping was sent: with the answers held up ${HELD_UP_MS} ms, it still stops within ${LEASE_MS} ms of the silence`, async () => {
    const { relay, fromCopy, close } = await relayedReplica();
    try {
      relay.delaySubscriptions(HELD_UP_MS);
      // Until every answer that arrives is one held up.
      await new Promise((resolve) => setTimeout(resolve, HELD_UP_MS + PING_MS));
      expect(fromCopy()).toBe(true);
      // Pings sent before the silence are answered after it, each HELD_UP_MS late.
      relay.silence();
      const silencedAt = performance.now();
      await expect.poll(fromCopy, { timeout: LEASE_MS + HELD_UP_MS + 1000, interval: 20 }).toBe(false);
      // Stamped on the answer's arrival it would be trusted until at least LEASE_MS + HELD_UP_MS - PING_MS after the silence.
      expect(performance.now() - silencedAt).toBeLessThanOrEqual(LEASE_MS + 250);
    } finally {
      await close();
    }
  });
});
