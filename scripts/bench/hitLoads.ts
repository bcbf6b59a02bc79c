// Cache hits under load (issue 29): gateway bundles, each with its response cache on and in
// production mode, against subgraphs already running, next to the bare node:http server
// writing the same answer bytes; the loads interleaved round by round, so that a machine
// loaded by others depresses every variant alike. A variant may run as replicas sharing
// Redis (the topology's gateways): the load's connections are dealt over them.
// scripts/bench/cacheHits.ts runs it from the command line; `npm run bench` can call
// measureCacheHits with its own subgraphs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import type { GoldenOperation } from "@gcm-hub/test-support/goldenOperations";
import { startChild, type Child } from "@gcm-hub/test-support/processes";
import { PRODUCTION_NODE_FLAGS } from "@gcm-hub/runtime/productionBundles";
import { trustedHash } from "@gcm-hub/test-support/trustedHash";
import { medianLoad, medianOfPairedRatios, rotated, runLoad, type LoadRequest, type LoadResult } from "./load.js";
import type { RecordedAnswer } from "./bareServer.js";

export const BARE_TARGET = "bare";

export interface CacheHitVariant {
  name: string;
  /** The gateway bundle (.mjs), run on plain Node with the production flags. */
  bundle: string;
  /** More environment for its gateways: REDIS_URL puts their cache in Redis. */
  env?: Record<string, string>;
  /** Gateway processes of this variant, sharing its cache when it is in Redis; default 1. */
  replicas?: number;
  /** Sent the document's text, not its hash (give it TRUSTED_OPERATIONS_ONLY=false); default false. */
  sendText?: boolean;
  /** Node flags after the production ones (a V8 flag given twice takes the later), e.g. another heap setting. */
  nodeFlags?: string[];
}

export interface CacheHitsOptions {
  variants: CacheHitVariant[];
  operations: GoldenOperation[];
  connectionLevels: number[];
  durationSeconds: number;
  rounds: number;
  /** What every gateway is started with: the subgraphs' URLs, the signing key, the JWKS. */
  gatewayEnv: Record<string, string>;
  /** Where each variant's --cpu-prof profiles go (a folder per variant); default none. */
  profileDir?: string;
  /** Sees one line per load; default nowhere. */
  progress?: (line: string) => void;
}

/** One target's figures for one operation and number of connections: medians over the rounds. */
export interface CacheHitRow {
  operation: string;
  connections: number;
  /** A variant's name, or BARE_TARGET. */
  target: string;
  requestsPerSecond: number;
  p99Ms: number;
  /** Errors over every round (not 200, or GraphQL errors). */
  errors: number;
  /** A variant's share of the bare server: the median of its rounds over the bare server's round beside each. */
  ofBare?: number;
}

interface Target {
  name: string;
  urls: string[];
  processes: Child[];
  sendText: boolean;
}


/** A variant's environment; a Redis cache with no prefix gets one of its own, for this run only. */
function variantEnv(variant: CacheHitVariant): Record<string, string> {
  const env = { ...variant.env };
  if (env.REDIS_URL && !env.REDIS_KEY_PREFIX) env.REDIS_KEY_PREFIX = `gcm-hub-bench-${process.pid}-${variant.name}:`;
  return env;
}

/** Deletes what a run left in Redis under its own prefixes (the generations outlive the answers). */
async function forgetRedisKeys(variants: CacheHitVariant[]): Promise<void> {
  for (const variant of variants) {
    const { REDIS_URL, REDIS_KEY_PREFIX } = variantEnv(variant);
    if (REDIS_URL && REDIS_KEY_PREFIX && !variant.env?.REDIS_KEY_PREFIX) await forgetKeys(REDIS_URL, REDIS_KEY_PREFIX);
  }
}

/** Deletes every key under `prefix` in the Redis at `url`. */
export async function forgetKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) await redis.unlink(...keys);
    }
  } finally {
    redis.disconnect();
  }
}

function requestFor(target: Target, operation: GoldenOperation): LoadRequest {
  const body = JSON.stringify(target.sendText ? { query: operation.document } : { extensions: { persistedQuery: { version: 1, sha256Hash: trustedHash(operation.name) } } });
  return { url: target.urls[0]!, ...(target.urls.length > 1 ? { replicaUrls: target.urls } : {}), headers: { "content-type": "application/json" }, body };
}

async function startVariant(variant: CacheHitVariant, options: CacheHitsOptions, children: Child[]): Promise<Target> {
  const target: Target = { name: variant.name, urls: [], processes: [], sendText: variant.sendText ?? false };
  const env = { ...options.gatewayEnv, NODE_ENV: "production", PORT: "0", LOG_LEVEL: "error", METRICS_PORT: "0", RESPONSE_CACHE_TTL_MS: "60000", ...variantEnv(variant) };
  const replicas = variant.replicas ?? 1;
  for (let replica = 1; replica <= replicas; replica++) {
    const name = replicas > 1 ? `${variant.name}-${replica}` : variant.name;
    const profile = options.profileDir ? path.join(options.profileDir, name) : undefined;
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
    const nodeFlags = [...PRODUCTION_NODE_FLAGS, ...(variant.nodeFlags ?? []), ...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : [])];
    const child = await startChild(name, variant.bundle, env, { readyWhen: (line) => line.includes("http://"), nodeFlags });
    children.push(child);
    target.processes.push(child);
    target.urls.push(/(http:\/\/[^\s"]+)/.exec(child.readyLine)![1]!);
  }
  return target;
}

/** The bare server, answering each request body with the first variant's answer to it (bytes and headers), asked twice so the second is a hit. */
async function startBare(first: Target, targets: Target[], operations: GoldenOperation[], children: Child[], profileDir?: string): Promise<Target> {
  const recorded: RecordedAnswer[] = [];
  const senders = [...new Map(targets.map((target) => [target.sendText, target])).values()];
  for (const operation of operations) {
    for (const sender of senders) {
      const { body, headers } = requestFor(sender, operation);
      await fetch(first.urls[0]!, { method: "POST", headers, body });
      const response = await fetch(first.urls[0]!, { method: "POST", headers, body });
      const answerHeaders = Object.fromEntries([...response.headers].filter(([name]) => !["date", "connection", "keep-alive", "content-length", "transfer-encoding"].includes(name)));
      recorded.push({ requestBody: body, status: response.status, headers: answerHeaders, body: await response.text() });
    }
  }
  const answersFile = path.join(os.tmpdir(), `gcm-hub-bare-answers-${process.pid}.json`);
  fs.writeFileSync(answersFile, JSON.stringify(recorded));
  try {
    // Profiled beside the gateways: the limit's own frames (the socket write is most of them).
    const profile = profileDir ? path.join(profileDir, BARE_TARGET) : undefined;
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
    const nodeFlags = profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : [];
    const bare = await startChild(BARE_TARGET, "scripts/bench/bareServer.ts", { BENCH_BARE_ANSWERS: answersFile }, { nodeFlags });
    children.push(bare);
    return { name: BARE_TARGET, urls: [bare.readyLine], processes: [bare], sendText: false };
  } finally {
    fs.rmSync(answersFile, { force: true });
  }
}

/**
 * Starts every variant's gateways and the bare server, then for each operation and number
 * of connections warms every target for 1 s and runs `rounds` loads of each target, one
 * target after another (each round starting one target further on); stops them all and
 * returns the medians, the bare server's included, and each variant's share of the bare server.
 */
export async function measureCacheHits(options: CacheHitsOptions): Promise<CacheHitRow[]> {
  const { operations, connectionLevels, durationSeconds, rounds, progress = () => {} } = options;
  const children: Child[] = [];
  try {
    const targets: Target[] = [];
    for (const variant of options.variants) targets.push(await startVariant(variant, options, children));
    // Any answer of the bare server is the first variant's; a variant sent text needs that text's answer recorded too.
    targets.push(await startBare(targets[0]!, targets, operations, children, options.profileDir));
    const rows: CacheHitRow[] = [];
    for (const operation of operations) {
      for (const connections of connectionLevels) {
        for (const target of targets) await runLoad(requestFor(target, operation), target.processes, connections, 1);
        const results = new Map(targets.map((target) => [target.name, [] as LoadResult[]]));
        // Each round starts one target further on, so no target always follows the same one.
        for (let round = 0; round < rounds; round++) {
          for (const target of rotated(targets, round)) {
            const result = await runLoad(requestFor(target, operation), target.processes, connections, durationSeconds);
            results.get(target.name)!.push(result);
            progress(`${operation.name.padEnd(32)} ${String(connections).padStart(3)} conns ${target.name.padEnd(10)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s p99 ${result.p99Ms} ms errors ${result.errors}`);
          }
        }
        const bare = results.get(BARE_TARGET)!;
        for (const [target, loads] of results) {
          const { requestsPerSecond, p99Ms, errors } = medianLoad(loads);
          rows.push({ operation: operation.name, connections, target, requestsPerSecond, p99Ms, errors, ...(target === BARE_TARGET ? {} : { ofBare: medianOfPairedRatios(loads, bare) }) });
        }
      }
    }
    return rows;
  } finally {
    await Promise.all(children.map((child) => child.stop()));
    await forgetRedisKeys(options.variants);
  }
}

/** The rows as a markdown table: each target's req/s (p99), each variant against the first, each against the bare server. */
export function cacheHitsTable(rows: CacheHitRow[]): string[] {
  const targets = [...new Set(rows.map((row) => row.target))];
  const gateways = targets.filter((target) => target !== BARE_TARGET);
  const headings = [...targets.map((name) => `${name} req/s (p99 ms)`), ...gateways.slice(1).map((name) => `${name} ÷ ${gateways[0]}`), ...gateways.map((name) => `${name} ÷ bare`)];
  const lines = [`| operation | conns | ${headings.join(" | ")} |`, `|---|---:|${headings.map(() => "---:|").join("")}`];
  const cases = [...new Map(rows.map((row) => [`${row.operation}|${row.connections}`, row])).values()];
  for (const { operation, connections } of cases) {
    const of = (target: string) => rows.find((row) => row.operation === operation && row.connections === connections && row.target === target)!;
    const cells = targets.map((name) => `${of(name).requestsPerSecond.toFixed(0)} (${of(name).p99Ms})`);
    const versusFirst = gateways.slice(1).map((name) => `${(of(name).requestsPerSecond / of(gateways[0]!).requestsPerSecond).toFixed(2)}x`);
    const versusBare = gateways.map((name) => (of(name).ofBare ?? of(name).requestsPerSecond / of(BARE_TARGET).requestsPerSecond).toFixed(2));
    lines.push(`| ${operation} | ${connections} | ${[...cells, ...versusFirst, ...versusBare].join(" | ")} |`);
  }
  return lines;
}
