// npm run bench: the hub's gateway under load next to two baselines on the same
// machine, subgraphs and synthetic volume. See docs/performance.md. Alone, it runs the
// comparison, layout, mixed and growth scenarios one after the other and prints every
// verdict at the end; with a flag, one scenario.
//
//   --comparison             the hub against @apollo/gateway and a direct fan-out, and npm start's times;
//                            the cached targets (hub+cache, npm start+cache) also against a bare node:http
//                            server writing the hub's recorded answer bytes, and topology+cache: two gateway replicas
//                            sharing their cache in Redis (BENCH_REDIS_URL, default the local one) (issue 29); with --record-baseline, its
//                            uncached lead over @apollo/gateway replaces its rows in scripts/bench/uncached-baseline.json
//                            (the rows it did not measure are kept)
//   BENCH_DURATION_SECONDS   each load's length (default 4)
//   BENCH_CONNECTIONS        connection levels (default 10,50)
//   BENCH_OPERATIONS         golden operations to run (default all)
//   BENCH_SYNTHETIC_PER_DEPARTMENT  synthetic observations per department (default 20000)
//   DATABASE_URL             PostgreSQL server to bench on (a fresh database is made); default PGlite
//   --tuning                 instead of the baselines, the hub with each tuning step off or on
//   --workers                instead of the baselines, the hub as one process and on GATEWAY_WORKERS=1 and 2
//   --layout                 npm start (two processes) against the separate-process layout, cache off, 10 connections
//   --mixed                  npm start, cache on: every operation read-only, then while one department
//                            (BENCH_WRITER_DEPARTMENT, default border) records and publishes 5 figures a second
//   --growth                 first page, a deep page, totalCount, a dashboard and an export at
//                            10,000, 100,000 and 1,000,000 synthetic observations (BENCH_GROWTH_SIZES)
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { generateGatewayKeyPair } from "@gcm-hub/kit";
import { readGatewayConfig } from "../gateway/src/config.js";
import { createGateway } from "../gateway/src/gateway.js";
import { goldenOperations, type GoldenOperation } from "@gcm-hub/test-support/goldenOperations";
import { trustedHash } from "@gcm-hub/test-support/trustedHash";
import { medianLoad, medianOfPairedRatios, rotated, runLoad, type LoadRequest, type LoadResult } from "./bench/load.js";
import { combinedTally, RECORD_MUTATION, startDepartmentWriter, type WriterTally } from "./bench/departmentWriter.js";
import { freePort, startChild, ROOT, type Child } from "@gcm-hub/test-support/processes";
import { createFetchRecorder, type QueryPlanRecording } from "./bench/queryPlans.js";
import { BARE, CACHED_TARGETS, markdown, REFERENCE, UNCACHED_MIXED, uncachedLead, type BenchMode, type BenchResults, type UncachedBaseline, type LoadRow, type MixedWriter, type OperationProfile } from "./bench/report.js";
import type { RecordedAnswer } from "./bench/bareServer.js";
import { forgetKeys } from "./bench/hitLoads.js";
import { measureStartTimes } from "./bench/startTimes.js";
import { GROWTH_DEPARTMENT, growthTable, measureGrowth } from "./bench/growth.js";
import type { SubgraphsReady } from "./bench/subgraphs.js";
import { startJwks } from "@gcm-hub/test-support/jwks";
import { buildGateway, GATEWAY_BUNDLE, PRODUCTION_NODE_FLAGS } from "@gcm-hub/runtime/productionBundles";

function refuse(reason: string): never {
  console.error(`npm run bench: ${reason}`);
  process.exit(2);
}

function positiveIntegers(variable: string, fallback: string, max: number): number[] {
  const raw = process.env[variable] || fallback;
  const values = raw.split(",").map((value) => Number(value.trim()));
  if (values.some((value) => !Number.isInteger(value) || value < 1 || value > max)) {
    refuse(`${variable} must be whole numbers from 1 to ${max}, comma-separated; got "${raw}"`);
  }
  return values;
}

const [durationSeconds] = positiveIntegers("BENCH_DURATION_SECONDS", "4", 600) as [number];
// The layout and mixed goals are set at 10 connections.
const connectionLevels = positiveIntegers("BENCH_CONNECTIONS", process.argv.includes("--layout") || process.argv.includes("--mixed") ? "10" : "10,50", 1000);
const [syntheticPerDepartment] = positiveIntegers("BENCH_SYNTHETIC_PER_DEPARTMENT", "20000", 1_000_000) as [number];
const growthSizes = positiveIntegers("BENCH_GROWTH_SIZES", "10000,100000,1000000", 10_000_000);
const only = process.env.BENCH_OPERATIONS?.split(",").map((name) => name.trim());
const operations = goldenOperations().filter((operation) => !only || only.includes(operation.name));
const unknown = only?.filter((name) => !operations.some((operation) => operation.name === name)) ?? [];
if (unknown.length > 0) {
  refuse(`BENCH_OPERATIONS names no golden operation: ${unknown.join(", ")}; they are ${goldenOperations().map((o) => o.name).join(", ")}`);
}
const MODES = ["comparison", "tuning", "workers", "layout", "mixed", "growth"] as const;
/** What plain `npm run bench` runs, one after the other: each scenario with a goal of its own. */
const EVERY_SCENARIO = ["comparison", "layout", "mixed", "growth"] as const;
const chosenMode = MODES.find((name) => process.argv.includes(`--${name}`));
const mode: BenchMode = chosenMode ?? "comparison";
// The layout and mixed loads compare with npm start, which serves the report's data alone:
// the separate-process layout gets the same data, no synthetic volume.
const reportDataOnly = mode === "layout" || mode === "mixed" || mode === "growth";
const writerDepartment = process.env.BENCH_WRITER_DEPARTMENT || "border";
if (!Object.hasOwn(RECORD_MUTATION, writerDepartment)) refuse(`BENCH_WRITER_DEPARTMENT must be one of ${Object.keys(RECORD_MUTATION).join(", ")}; got "${writerDepartment}"`);
const WRITES_PER_SECOND = 5;
/** The Redis the Redis-backed targets use (BENCH_REDIS_URL), and the comparison's topology target under a prefix of this run's. */
const benchRedisUrl = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
const TOPOLOGY = "topology+cache";
const topologyKeyPrefix = `gcm-hub-bench-${process.pid}-topology:`;
/** Mixed: npm start with its cache off, under the same writes. */
const UNCACHED_READER = "npm start, cache off";
/** The comparison's cache-hit targets and the bare server: measured together, apart from the uncached targets. */
const HIT_TARGETS = new Set([...CACHED_TARGETS, BARE]);
/** Every target is measured in interleaved rounds of half a load each. */
const ROUNDS = 3;
const roundSeconds = Math.max(1, Math.round(durationSeconds / 2));
const outputDir = path.join(ROOT, "bench-results");
// Production-like keys: the gateways sign with the private half, the subgraphs hold the public one.
const keys = generateGatewayKeyPair();
const signingKey = JSON.stringify(keys.privateKey);
const publicKeys = JSON.stringify({ keys: [keys.publicKey] });
const benchStarted = performance.now();
const startedAt = new Date().toISOString();
const progress = (message: string) => console.log(`[${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(3)} s] ${message}`);

/**
 * What a run leaves outside its own processes (its Redis keys, its fresh database), undone
 * when it ends, interrupted (Ctrl-C) or not.
 */
const leftBehind: { what: string; undo(): Promise<void> }[] = [];

async function undoLeftBehind(): Promise<void> {
  for (const { what, undo } of leftBehind.splice(0)) await undo().catch((error: Error) => progress(`could not ${what}: ${error.message}`));
}

/**
 * Loads measured together in ROUNDS rounds, each round starting one load further on (so
 * none always follows the same one); each load's results, round by round.
 */
async function inRounds(loads: (() => Promise<LoadResult>)[]): Promise<LoadResult[][]> {
  const rounds: LoadResult[][] = loads.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const index of rotated(loads.map((_, each) => each), round)) rounds[index]!.push(await loads[index]!());
  }
  return rounds;
}

/** With DATABASE_URL, a fresh database beside the others on that server. */
async function freshBenchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = "gcm_hub_bench";
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Runs each operation once through an in-process gateway, noting its subgraph requests and SQL. */
async function profileOperations(ready: SubgraphsReady): Promise<{ profiles: OperationProfile[]; recordings: QueryPlanRecording[] }> {
  const recorder = createFetchRecorder(ready.subgraphs);
  const config = readGatewayConfig({ NODE_ENV: "development", LOG_LEVEL: "error", HUB_GATEWAY_SIGNING_KEY: signingKey, RESPONSE_CACHE_TTL_MS: "0" });
  const gateway = createGateway({ config: { ...config, subgraphUrls: ready.subgraphs }, plugins: [recorder.plugin] });
  const url = await gateway.listen(0, "127.0.0.1");
  const statements = async () => (await (await fetch(ready.control)).json()) as Record<string, number>;
  const profiles: OperationProfile[] = [];
  const recordings: QueryPlanRecording[] = [];
  try {
    for (const operation of operations) {
      const send = async () => {
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: operation.document }) });
        const body = (await response.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(`${operation.name} failed: ${JSON.stringify(body.errors)}`);
      };
      await send();
      const before = await statements();
      recorder.start();
      await send();
      const recording = recorder.finish(operation.name);
      const after = await statements();
      recordings.push(recording);
      const bySubgraph: OperationProfile["bySubgraph"] = {};
      for (const { subgraph } of recording.stages.flat()) {
        bySubgraph[subgraph] = { fetches: (bySubgraph[subgraph]?.fetches ?? 0) + 1, sqlStatements: (after[subgraph] ?? 0) - (before[subgraph] ?? 0) };
      }
      profiles.push({
        operation: operation.name,
        subgraphFetches: recording.stages.flat().length,
        stages: recording.stages.length,
        sqlStatements: Object.values(bySubgraph).reduce((sum, { sqlStatements }) => sum + sqlStatements, 0),
        bySubgraph,
      });
    }
  } finally {
    await gateway.stop();
  }
  return { profiles, recordings };
}

type Protocol = "trusted document" | "query text" | "fan-out";

interface Target {
  name: string;
  script: string;
  env: Record<string, string>;
  protocol: Protocol;
  /** npm start: ready when it says so, on the gateway port it was given. */
  hubCommandPort?: number;
  /** Gateway processes sharing the target's Redis cache, the load's connections dealt over them; default one. */
  replicas?: number;
}

/** A started target: its process, or its replicas' (the first of them as `child`). */
interface Running {
  target: Target;
  child: Child;
  replicas?: Child[];
}

/** `npm start` in production mode on free ports and a fresh data folder (cold start, report's data). */
async function hubCommand(name: string, jwksUrl: string, env: Record<string, string>): Promise<Target> {
  const ports = await Promise.all(Array.from({ length: 7 }, () => freePort()));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-hub-bench-npm-start-"));
  return {
    name,
    script: "runtime/src/start-prebuilt.mjs", // what `npm start` runs
    env: {
      NODE_ENV: "production", LOG_LEVEL: "error", DATABASE_URL: "", HUB_DATA_DIR: dataDir, PORT: String(ports[0]), SUBGRAPH_PORTS: ports.slice(1).join(","),
      HUB_GATEWAY_SIGNING_KEY: signingKey, JWT_JWKS_URL: jwksUrl, METRICS_PORT: "0", ...env,
    },
    protocol: "trusted document",
    hubCommandPort: ports[0],
  };
}

async function targetsFor(subgraphUrls: Record<string, string>, jwksUrl: string, plansFile: string): Promise<Target[]> {
  const hub = { ...subgraphUrls, NODE_ENV: "production", PORT: "0", LOG_LEVEL: "error", HUB_GATEWAY_SIGNING_KEY: signingKey, JWT_JWKS_URL: jwksUrl, RESPONSE_CACHE_TTL_MS: "0", METRICS_PORT: "0" };
  const bundled = (name: string, env: Record<string, string> = {}): Target => ({ name, script: GATEWAY_BUNDLE, env: { ...hub, ...env }, protocol: "trusted document" });
  const cached = { RESPONSE_CACHE_TTL_MS: "60000" };
  if (mode === "workers") {
    // The response cache off, so the workers share the work of planning and merging, not cache hits.
    // A port of their own: the workers share it, and the primary prints it once every worker is ready.
    const workers = async (count: number) => bundled(count === 1 ? "1 worker" : `${count} workers`, { GATEWAY_WORKERS: String(count), PORT: String(await freePort()) });
    return [bundled("hub"), await workers(1), await workers(2)];
  }
  if (mode === "layout") {
    // Both with the response cache off: the gateway's own work, not cache hits.
    return [bundled("separate processes"), await hubCommand("npm start", jwksUrl, { RESPONSE_CACHE_TTL_MS: "0" })];
  }
  if (mode === "mixed") {
    // As shipped: cache on, production mode, trusted documents only (the writer sends the department's by hash);
    // and the same with the cache off under the same writes, which an operation holding the writer's data must match.
    return [await hubCommand("npm start", jwksUrl, { RESPONSE_CACHE_TTL_MS: "60000" }), await hubCommand(UNCACHED_READER, jwksUrl, { RESPONSE_CACHE_TTL_MS: "0" })];
  }
  if (mode === "tuning") {
    return [
      bundled("hub"),
      bundled("no dedup", { SUBGRAPH_DEDUPLICATION: "false" }),
      bundled("cache", cached),
      bundled("redis cache", { ...cached, REDIS_URL: benchRedisUrl, REDIS_KEY_PREFIX: `gcm-hub-bench-${process.pid}:` }),
      bundled("js planner", { QUERY_PLANNER: "js" }),
      { name: "tsx", script: "gateway/src/main.ts", env: hub, protocol: "trusted document" },
    ];
  }
  return [
    bundled("hub"),
    bundled("hub+cache", cached),
    // As shipped and as a developer runs it: two processes, cache on, production mode (issue 29).
    await hubCommand("npm start+cache", jwksUrl, cached),
    // The topology's gateways: two replicas sharing their cache in Redis (issue 29).
    { ...bundled(TOPOLOGY, { ...cached, REDIS_URL: benchRedisUrl, REDIS_KEY_PREFIX: topologyKeyPrefix }), replicas: 2 },
    { name: "apollo", script: "scripts/bench/apolloGateway.ts", env: { ...subgraphUrls, NODE_ENV: "production", HUB_GATEWAY_SIGNING_KEY: signingKey }, protocol: "query text" },
    { name: "fan-out", script: "scripts/bench/fanOut.ts", env: { ...subgraphUrls, HUB_GATEWAY_SIGNING_KEY: signingKey, BENCH_QUERY_PLANS: plansFile }, protocol: "fan-out" },
  ];
}

/**
 * The limit for a cached answer (issue 29): a bare node:http server that answers each
 * operation's request body with the bytes and headers hub+cache answered it with, recorded
 * now, in this run; loaded like the others, over the same connections.
 */
async function startBareServer(cached: Running, urlOf: (running: Running) => string): Promise<Running> {
  const recorded: RecordedAnswer[] = [];
  for (const operation of operations) {
    const request = requestFor(cached.target.protocol, urlOf(cached), operation);
    const response = await fetch(request.url, { method: "POST", headers: request.headers, body: request.body });
    const headers = Object.fromEntries([...response.headers].filter(([name]) => !["date", "connection", "keep-alive", "content-length", "transfer-encoding"].includes(name)));
    recorded.push({ requestBody: request.body, status: response.status, headers, body: await response.text() });
  }
  const answersFile = path.join(os.tmpdir(), `gcm-hub-bench-bare-${process.pid}.json`);
  fs.writeFileSync(answersFile, JSON.stringify(recorded));
  const child = await startChild(BARE, "scripts/bench/bareServer.ts", { BENCH_BARE_ANSWERS: answersFile });
  return { target: { name: BARE, script: "scripts/bench/bareServer.ts", env: {}, protocol: "trusted document" }, child };
}

const UNCACHED_BASELINE = path.join(ROOT, "scripts", "bench", "uncached-baseline.json");

/** The recorded uncached lead over @apollo/gateway for this database, for the no-regression check. */
function uncachedBaseline(database: string): UncachedBaseline | undefined {
  return (JSON.parse(fs.readFileSync(UNCACHED_BASELINE, "utf8")) as Record<string, UncachedBaseline>)[database];
}

/**
 * --record-baseline: this run's uncached lead becomes the baseline for its database (after a
 * change accepted on purpose, such as new golden operations), row by row: the rows this run
 * did not measure (BENCH_OPERATIONS, BENCH_CONNECTIONS) keep their recorded lead.
 */
function recordBaseline(results: BenchResults): void {
  const baselines = JSON.parse(fs.readFileSync(UNCACHED_BASELINE, "utf8")) as Record<string, UncachedBaseline>;
  const recorded = { ...uncachedLead(results, baselines[results.machine.database]), ...headCommit() };
  baselines[results.machine.database] = recorded;
  fs.writeFileSync(UNCACHED_BASELINE, `${JSON.stringify(baselines, null, 2)}\n`);
  progress(`recorded this run's uncached lead over @apollo/gateway into the ${results.machine.database} baseline in scripts/bench/uncached-baseline.json (recorded at: ${recorded.recordedAt})`);
}

/** The commit this run measured, for the baseline (nothing outside a git checkout). */
function headCommit(): { commit?: string } {
  try {
    return { commit: execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim() };
  } catch {
    return {};
  }
}

function requestFor(protocol: Protocol, base: string, operation: GoldenOperation): LoadRequest {
  const headers = { "content-type": "application/json" };
  if (protocol === "query text") return { url: base, headers, body: JSON.stringify({ query: operation.document }) };
  if (protocol === "fan-out") return { url: `${base}/${operation.name}`, headers, body: "{}" };
  return { url: base, headers, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: trustedHash(operation.name) } } }) };
}

/** --growth: border's table grown to each size, the user's requests timed at each; writes bench-results/bench-growth-*. */
async function growthBench(ready: SubgraphsReady, jwksUrl: string, children: Child[]): Promise<void> {
  await buildGateway();
  const env = {
    ...Object.fromEntries(Object.entries(ready.subgraphs).map(([name, url]) => [`SUBGRAPH_URL_${name.toUpperCase()}`, url])),
    NODE_ENV: "production", PORT: "0", LOG_LEVEL: "error", HUB_GATEWAY_SIGNING_KEY: signingKey, JWT_JWKS_URL: jwksUrl, METRICS_PORT: "0",
    // Cache off: every request reaches the database. Query text accepted: the pages and counts are not golden operations.
    RESPONSE_CACHE_TTL_MS: "0", TRUSTED_OPERATIONS_ONLY: "false",
  };
  const gateway = await startChild("hub", GATEWAY_BUNDLE, env, { readyWhen: (line) => line.includes("http://"), nodeFlags: PRODUCTION_NODE_FLAGS });
  children.push(gateway);
  const gatewayUrl = /(http:\/\/[^\s"]+)/.exec(gateway.readyLine)![1]!;
  const dashboard = goldenOperations().find((operation) => operation.name === "ObjectiveDashboard")!;
  const rows = await measureGrowth({ gatewayUrl, control: new URL(ready.control).origin, sizes: growthSizes, dashboard, progress });
  const table = [
    `Growth benchmark of ${startedAt}: ${os.cpus().length} cores, Node ${process.versions.node}, ${ready.databaseKind}; ${GROWTH_DEPARTMENT}'s observation table grown to each size (synthetic rows beside the report's), gateway in production mode with the response cache off.`,
    "",
    ...growthTable(rows),
  ].join("\n") + "\n";
  fs.mkdirSync(outputDir, { recursive: true });
  const file = `bench-growth-${ready.databaseKind}`;
  fs.writeFileSync(path.join(outputDir, `${file}.json`), JSON.stringify({ startedAt, machine: { cpus: os.cpus().length, node: process.versions.node, database: ready.databaseKind }, rows }, null, 2));
  fs.writeFileSync(path.join(outputDir, `${file}.md`), table);
  console.log(`\n${table}`);
  progress(`done; results in bench-results/${file}.{json,md}`);
}

async function main() {
  progress(
    mode === "growth"
      ? `GCM Hub benchmark (growth): ${GROWTH_DEPARTMENT}'s table at ${growthSizes.map((size) => size.toLocaleString("en")).join(", ")} synthetic observations`
      : `GCM Hub benchmark (${mode}): ${operations.length} operations x ${connectionLevels.join(" and ")} connections, ${durationSeconds} s each`,
  );
  const database = process.env.DATABASE_URL ? await freshBenchDatabase(process.env.DATABASE_URL) : undefined;
  if (database) leftBehind.push({ what: "drop the bench's database", undo: () => database.drop() });
  const jwks = await startJwks();
  const children: Child[] = [];
  try {
    progress(`starting the subgraphs (production mode, ${database ? "PostgreSQL" : "PGlite"}) and loading the synthetic volume...`);
    const subgraphsChild = await startChild("subgraphs", "scripts/bench/subgraphs.ts", {
      NODE_ENV: "production",
      HUB_GATEWAY_PUBLIC_KEYS: publicKeys,
      DATABASE_URL: database?.url ?? "",
      BENCH_SYNTHETIC_PER_DEPARTMENT: reportDataOnly ? "0" : String(syntheticPerDepartment),
    });
    children.push(subgraphsChild);
    const ready = JSON.parse(subgraphsChild.readyLine) as SubgraphsReady;
    progress(`subgraphs ready in ${ready.seconds.toFixed(1)} s with ${ready.syntheticObservations.toLocaleString("en")} synthetic observations`);

    if (mode === "growth") return await growthBench(ready, jwks.url, children);

    const { profiles, recordings } = await profileOperations(ready);
    const plansFile = path.join(os.tmpdir(), `gcm-hub-bench-plans-${process.pid}.json`);
    fs.writeFileSync(plansFile, JSON.stringify(recordings));
    for (const profile of profiles) {
      const subgraphs = Object.entries(profile.bySubgraph).map(([name, counts]) => `${name} ${counts.fetches}/${counts.sqlStatements}`);
      progress(`${profile.operation}: ${profile.subgraphFetches} subgraph fetches in ${profile.stages} stages, ${profile.sqlStatements} SQL statements (fetches/SQL: ${subgraphs.join(", ")})`);
    }

    const subgraphUrls = Object.fromEntries(Object.entries(ready.subgraphs).map(([name, url]) => [`SUBGRAPH_URL_${name.toUpperCase()}`, url]));
    await buildGateway();
    const targets: Running[] = [];
    for (const target of await targetsFor(subgraphUrls, jwks.url, plansFile)) {
      const nodeFlags = target.script === GATEWAY_BUNDLE ? PRODUCTION_NODE_FLAGS : [];
      // With GATEWAY_WORKERS, ready once the primary says every worker is.
      // npm start, once it says it is ready (a cold start: it migrates and seeds its new folder).
      const readyWhen = target.hubCommandPort
        ? (line: string) => line.startsWith("GCM Hub ready in")
        : target.env.GATEWAY_WORKERS
          ? (line: string) => line.includes("gateway workers")
          : (line: string) => line.includes("http://");
      if (target.hubCommandPort) progress(`starting ${target.name} (production mode, cold start)...`);
      const count = target.replicas ?? 1;
      const { REDIS_URL, REDIS_KEY_PREFIX } = target.env;
      if (REDIS_URL && REDIS_KEY_PREFIX) leftBehind.push({ what: `delete the Redis keys under ${REDIS_KEY_PREFIX}`, undo: () => forgetKeys(REDIS_URL, REDIS_KEY_PREFIX) });
      const started: Child[] = [];
      for (let replica = 1; replica <= count; replica++) started.push(await startChild(count > 1 ? `${target.name}-${replica}` : target.name, target.script, target.env, { readyWhen, nodeFlags }));
      if (target.hubCommandPort) progress(`${target.name}: ${started[0]!.readyLine}`);
      children.push(...started);
      targets.push({ target, child: started[0]!, ...(count > 1 ? { replicas: started } : {}) });
    }
    const urlOfChild = (child: Child) => /(http:\/\/[^\s"]+)/.exec(child.readyLine)![1]!.replace(/\/$/, "");
    const urlOf = ({ target, child }: Running) => (target.hubCommandPort ? `http://127.0.0.1:${target.hubCommandPort}/graphql` : urlOfChild(child));
    /** A target's request for an operation, its connections dealt over its replicas when it has several. */
    const requestOf = (running: Running, operation: GoldenOperation): LoadRequest => {
      const request = requestFor(running.target.protocol, urlOf(running), operation);
      return running.replicas ? { ...request, replicaUrls: running.replicas.map(urlOfChild) } : request;
    };
    const processesOf = (running: Running) => running.replicas ?? running.child;

    // Every target sees every operation once before anything is measured: JIT, connection
    // pools, plan caches and the database's own caches are warm for the first load too.
    progress("warming up every target on every operation...");
    for (const operation of operations) {
      for (const running of targets) await runLoad(requestOf(running, operation), processesOf(running), 10, 1);
    }

    if (mode === "comparison") {
      progress("recording hub+cache's answers for the bare node:http server...");
      const bare = await startBareServer(targets.find(({ target }) => target.name === "hub+cache")!, urlOf);
      children.push(bare.child);
      targets.push(bare);
    }

    const loads: LoadRow[] = [];
    const report = (row: LoadRow) => {
      loads.push(row);
      progress(`${row.operation.padEnd(32)} ${String(row.connections).padStart(2)} conns ${row.target.padEnd(11)} ${row.requestsPerSecond.toFixed(0).padStart(6)} req/s  p99 ${row.p99Ms.toFixed(1).padStart(6)} ms  errors ${row.errors}  RSS ${row.peakRssMB} MB`);
    };
    const writers: MixedWriter[] = [];
    for (const operation of operations) {
      for (const connections of connectionLevels) {
        if (mode === "mixed") {
          writers.push(await mixedLoads(targets[0]!, targets[1]!, operation, connections, report));
          continue;
        }
        const uncached = targets.filter(({ target }) => !HIT_TARGETS.has(target.name));
        for (const row of await interleavedLoads(uncached, operation, connections, REFERENCE[mode])) report(row);
        const hits = targets.filter(({ target }) => HIT_TARGETS.has(target.name));
        for (const row of await interleavedLoads(hits, operation, connections, BARE)) report(row);
      }
    }

    /**
     * Targets measured together, round by round (each warmed first: connections, JIT, plan
     * and response caches), each row the median of its rounds: on a 2-core machine the drift
     * between two loads a minute apart is as large as the gap being measured. Each round
     * starts one target further on, so no target always follows the same one, and a
     * target's ratio to the reference (the bare server for cache hits, @apollo/gateway for
     * the uncached targets) is the median of its rounds' over the reference's round beside it.
     */
    async function interleavedLoads(running: Running[], operation: GoldenOperation, connections: number, reference: string): Promise<LoadRow[]> {
      const requests = running.map((each) => requestOf(each, operation));
      for (const [index, each] of running.entries()) await runLoad(requests[index]!, processesOf(each), connections, 1);
      const rounds = await inRounds(running.map((each, index) => () => runLoad(requests[index]!, processesOf(each), connections, roundSeconds)));
      const referenceRounds = rounds[running.findIndex((each) => each.target.name === reference)];
      return running.map((each, index) => ({
        operation: operation.name,
        target: each.target.name,
        connections,
        ...medianLoad(rounds[index]!),
        ...(referenceRounds && each.target.name !== reference ? { paired: { over: reference, ratio: medianOfPairedRatios(rounds[index]!, referenceRounds) } } : {}),
      }));
    }

    /**
     * One operation read-only and with the department writing, in interleaved rounds (as
     * the comparison's targets), the mixed row's share of read-only paired round by round;
     * then once with the same writes on npm start with its cache off. The writers' tally.
     */
    async function mixedLoads(cached: Running, uncached: Running, operation: GoldenOperation, connections: number, record: (row: LoadRow) => void): Promise<MixedWriter> {
      const request = requestFor(cached.target.protocol, urlOf(cached), operation);
      await runLoad(request, cached.child, connections, 1);
      const tallies: WriterTally[] = [];
      const [readOnly, mixed] = (await inRounds([
        () => runLoad(request, cached.child, connections, roundSeconds),
        async () => {
          const { result, tally } = await whileWriting(cached, operation, connections, "mixed", roundSeconds);
          tallies.push(tally);
          return result;
        },
      ])) as [LoadResult[], LoadResult[]];
      record({ operation: operation.name, target: "read-only", connections, ...medianLoad(readOnly) });
      record({ operation: operation.name, target: "mixed", connections, ...medianLoad(mixed), paired: { over: "read-only", ratio: medianOfPairedRatios(mixed, readOnly) } });
      // The same writes against npm start with its cache off: what an answer after a write costs without the cache.
      const { result } = await whileWriting(uncached, operation, connections, UNCACHED_MIXED, durationSeconds);
      record({ operation: operation.name, target: UNCACHED_MIXED, connections, ...result });
      return { operation: operation.name, connections, ...combinedTally(tallies) };
    }

    /** One operation's load on `running` for `seconds` while the department records and publishes; the writer's tally. */
    async function whileWriting(running: Running, operation: GoldenOperation, connections: number, target: string, seconds: number) {
      const url = urlOf(running);
      const request = requestFor(running.target.protocol, url, operation);
      const token = await jwks.sign({ subgraph: writerDepartment, scopes: ["write", "publish"] });
      const writer = startDepartmentWriter({ url, token, department: writerDepartment, perSecond: WRITES_PER_SECOND, trustedHash });
      await runLoad(request, running.child, connections, 1); // the writes under way before measuring
      const result = await runLoad(request, running.child, connections, seconds);
      const tally = await writer.stop();
      progress(`${operation.name.padEnd(32)} ${target} writer: ${tally.published} figures published (${tally.perSecond.toFixed(1)}/s), ${tally.failed} failed${tally.firstError ? `: ${tally.firstError}` : ""}`);
      return { result, tally };
    }
    await Promise.all(children.map((child) => child.stop()));
    fs.rmSync(plansFile, { force: true });
    fs.rmSync(path.join(os.tmpdir(), `gcm-hub-bench-bare-${process.pid}.json`), { force: true });
    for (const { target } of targets) if (target.hubCommandPort) fs.rmSync(target.env.HUB_DATA_DIR!, { recursive: true, force: true });

    if (mode === "comparison") progress("timing npm start, cold then warm...");
    const startTimes = mode === "comparison" ? await measureStartTimes() : { coldSeconds: null, warmSeconds: null, note: `not measured in ${mode} mode` };
    const results: BenchResults = {
      startedAt,
      mode,
      machine: { cpus: os.cpus().length, node: process.versions.node, database: ready.databaseKind },
      durationSeconds,
      syntheticObservations: ready.syntheticObservations,
      profiles,
      loads,
      startTimes,
      ...(mode === "mixed" ? { mixed: { department: writerDepartment, writesPerSecond: WRITES_PER_SECOND, writers } } : {}),
    };
    const file = `bench-${mode}-${ready.databaseKind}`;
    if (mode === "comparison") results.uncachedBaseline = uncachedBaseline(ready.databaseKind);
    if (mode === "comparison" && process.argv.includes("--record-baseline")) recordBaseline(results);
    const table = markdown(results);
    fs.mkdirSync(outputDir, { recursive: true });
    fs.writeFileSync(path.join(outputDir, `${file}.json`), JSON.stringify(results, null, 2));
    fs.writeFileSync(path.join(outputDir, `${file}.md`), table);
    console.log(`\n${table}`);
    progress(`done; results in bench-results/${file}.{json,md}`);
  } finally {
    await Promise.all(children.map((child) => child.stop()));
    // Once every gateway is stopped, so none writes under this run's keys after.
    await undoLeftBehind();
    await jwks.stop();
  }
}

/**
 * Plain `npm run bench`: each scenario in a process of its own (as `npm run bench -- --<scenario>`
 * runs it, so none inherits another's warm caches), then every verdict together.
 */
async function everyScenario(): Promise<void> {
  const databaseKind = process.env.DATABASE_URL ? "postgresql" : "pglite";
  for (const [index, scenario] of EVERY_SCENARIO.entries()) {
    progress(`scenario ${index + 1} of ${EVERY_SCENARIO.length}: ${scenario} (npm run bench -- --${scenario})`);
    const code = await new Promise<number | null>((resolve) => {
      spawn(process.execPath, [...process.execArgv, process.argv[1]!, `--${scenario}`], { stdio: "inherit" }).once("exit", resolve);
    });
    if (code !== 0) refuse(`the ${scenario} scenario exited with code ${code}`);
  }
  console.log("\nEvery verdict of this run:");
  for (const scenario of EVERY_SCENARIO) {
    const table = fs.readFileSync(path.join(outputDir, `bench-${scenario}-${databaseKind}.md`), "utf8");
    const verdicts = table.split("\n").filter((line) => /^- (MET|MISSED|NOT MEASURED)/.test(line));
    console.log(`\n${scenario}:\n${verdicts.join("\n")}`);
  }
  progress(`done; each scenario's figures in bench-results/bench-<scenario>-${databaseKind}.{json,md}`);
}

// Interrupted, undo what the run left outside its processes (at most 5 s), then exit through
// process.exit so that 'exit' listeners stop what runs in a process group of its own (npm
// start while its start-up is timed); the other children share the terminal's group and
// receive its Ctrl-C themselves.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\nnpm run bench: ${signal}, stopping.`);
    const givenUp = new Promise<void>((resolve) => setTimeout(resolve, 5000).unref());
    void Promise.race([undoLeftBehind(), givenUp]).finally(() => process.exit(130));
  });
}

if (chosenMode) await main();
else await everyScenario();
