// Where an uncached request's time goes (issue 29, point 6): each golden operation sent
// by trusted hash to gateway bundles with the response cache off, in production mode, at
// 1 connection (one request's latency, taken apart) and at 10 (under load). The first
// bundle also runs traced (OTEL_TRACING, spans posted to a receiver in this process):
// its spans give the gateway's request time, parse and validate, the execution, and the
// subgraph fetches, per subgraph and as the critical path (the union of the fetches'
// intervals: what the request waits on). Inside the subgraphs, their own metrics give
// the time each served its requests, and Prisma's timings the database's share of it.
// Every variant also runs untraced, interleaved round by round: its latency is the
// reference, and two variants are an A/B. A variant is a gateway bundle, and may name
// another checkout whose subgraphs it runs in front of (an A/B of the subgraphs' code:
// that checkout needs its own npm ci). Then CPU profiles of an untraced gateway and the
// first variant's subgraphs under the 10-connection load give the top frames by self time.
//
//   npx tsx scripts/bench/uncachedTime.ts [name=bundle.mjs[@checkout] ...]   default hub=gateway/dist/main.mjs
//   BENCH_OPERATIONS (default ObjectiveDashboard,CountryProfile), BENCH_CONNECTIONS (default 1,10),
//   BENCH_DURATION_SECONDS (default 4), BENCH_ROUNDS (default 3),
//   BENCH_SYNTHETIC_PER_DEPARTMENT (default 20000, as npm run bench's comparison),
//   BENCH_TRACED_SHARE (share of the traced gateway's requests sampled; default 0.2)
import fs from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { generateGatewayKeyPair } from "@gcm-hub/kit";
import { startJwks } from "@gcm-hub/test-support/jwks";
import { freePort, ROOT, startChild, type Child } from "@gcm-hub/test-support/processes";
import { PRODUCTION_NODE_FLAGS } from "@gcm-hub/runtime/productionBundles";
import { trustedHash } from "@gcm-hub/test-support/trustedHash";
import { runLoad, type LoadRequest, type LoadResult } from "./load.js";
import { frameTable, topFramesBySelfTime } from "./cpuProfile.js";
import type { SubgraphsReady } from "./subgraphs.js";

const variants = process.argv.slice(2).filter((argument) => argument.includes("=")).map((argument) => {
  const [name, target] = argument.split("=") as [string, string];
  const [bundle, checkout = ROOT] = target.split("@") as [string, string?];
  return { name, bundle, checkout: path.resolve(checkout) };
});
if (variants.length === 0) variants.push({ name: "hub", bundle: "gateway/dist/main.mjs", checkout: ROOT });
const TRACED = `${variants[0]!.name}+traces`;
const operations = (process.env.BENCH_OPERATIONS || "ObjectiveDashboard,CountryProfile").split(",");
const connectionLevels = (process.env.BENCH_CONNECTIONS || "1,10").split(",").map(Number);
const durationSeconds = Number(process.env.BENCH_DURATION_SECONDS || 4);
const rounds = Number(process.env.BENCH_ROUNDS || 3);
const keys = generateGatewayKeyPair();
/** Long enough for the traced gateway's last batch of spans to arrive. */
const lastSpans = () => new Promise((resolve) => setTimeout(resolve, 500));
const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(" ");

// ---------------------------------------------------------------- spans

interface Span {
  traceId: string;
  parentSpanId?: string;
  name: string;
  start: number;
  end: number;
}
type Nanos = string | number | { low: number; high: number };
const ms = (nanos: Nanos) => (typeof nanos === "object" ? nanos.high * 2 ** 32 + (nanos.low >>> 0) : Number(nanos)) / 1e6;

/** An OTLP/HTTP (JSON) receiver keeping every span it is sent. */
async function startSpanReceiver() {
  let spans: Span[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk));
    request.on("end", () => {
      const { resourceSpans = [] } = JSON.parse(body) as { resourceSpans?: { scopeSpans: { spans: (Omit<Span, "start" | "end"> & { startTimeUnixNano: Nanos; endTimeUnixNano: Nanos })[] }[] }[] };
      for (const span of resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans))) {
        spans.push({ traceId: span.traceId, parentSpanId: span.parentSpanId || undefined, name: span.name, start: ms(span.startTimeUnixNano), end: ms(span.endTimeUnixNano) });
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    take: () => [spans, (spans = [])][0]!,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Length of the union of intervals: the time at least one of them was running. */
function unionMs(intervals: { start: number; end: number }[]): number {
  let total = 0;
  let reached = -Infinity;
  for (const { start, end } of [...intervals].sort((a, b) => a.start - b.start)) {
    if (end > reached) total += end - Math.max(start, reached);
    reached = Math.max(reached, end);
  }
  return total;
}

/** Per request, summed over complete traces (those with their request span). */
function gatewayTimes(spans: Span[]) {
  const sums = new Map<string, number>();
  const add = (key: string, value: number) => sums.set(key, (sums.get(key) ?? 0) + value);
  const traces = new Map<string, Span[]>();
  for (const span of spans) traces.set(span.traceId, [...(traces.get(span.traceId) ?? []), span]);
  let requests = 0;
  for (const trace of traces.values()) {
    const root = trace.find((span) => !span.parentSpanId);
    if (!root) continue;
    requests++;
    const took = (name: string) => trace.filter((span) => span.name === name).reduce((sum, span) => sum + span.end - span.start, 0);
    const fetches = trace.filter((span) => span.name.startsWith("subgraph.execute ("));
    const waited = unionMs(fetches);
    add("request", root.end - root.start);
    add("parse + validate", took("graphql.parse") + took("graphql.validate"));
    add("execute", took("graphql.execute"));
    add("critical path", waited);
    for (const fetch of fetches) {
      const subgraph = fetch.name.slice("subgraph.execute (".length, -1);
      add(`${subgraph} fetches`, 1);
      add(`${subgraph} fetch ms`, fetch.end - fetch.start);
    }
  }
  return { requests, perRequest: (key: string) => (sums.get(key) ?? 0) / requests };
}

// ---------------------------------------------------------------- subgraph counters

/** Sum of every series of a metric in Prometheus text. */
const metricSum = (text: string, metric: string) =>
  text.split("\n").filter((line) => line.startsWith(`${metric}{`) || line.startsWith(`${metric} `)).reduce((sum, line) => sum + Number(line.split(" ").pop()), 0);

async function subgraphCounters(ready: SubgraphsReady): Promise<Map<string, number>> {
  const counters = new Map<string, number>();
  const json = async (pathname: string) => (await (await fetch(new URL(pathname, ready.control))).json()) as Record<string, number>;
  const [statements, databaseMs] = await Promise.all([json("/statements"), json("/database-ms")]);
  for (const [name, url] of Object.entries(ready.subgraphs)) {
    const metrics = await (await fetch(new URL("/metrics", url))).text();
    counters.set(`${name} server ms`, metricSum(metrics, "graphql_request_duration_seconds_sum") * 1000);
    counters.set(`${name} database ms`, databaseMs[name] ?? 0);
    counters.set(`${name} statements`, statements[name] ?? 0);
  }
  return counters;
}

/** CPU time a process has used, user and system, in ms (from /proc: clock ticks of 10 ms). */
function cpuMs(child: Child): number {
  const fields = fs.readFileSync(`/proc/${child.process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

// ---------------------------------------------------------------- the run

const children: Child[] = [];
const jwks = await startJwks();
const receiver = await startSpanReceiver();
const profileDir = path.join(ROOT, "bench-results", "profiles", "uncached");
try {
  console.log(`load average ${loadAverage()}, ${os.cpus().length} cores`);
  /** The six subgraphs of each checkout the variants name, one process each. */
  const subgraphsOf = new Map<string, { child: Child; ready: SubgraphsReady }>();
  for (const checkout of new Set(variants.map((variant) => variant.checkout))) {
    const child = await startChild(`subgraphs of ${checkout}`, path.join(checkout, "scripts/bench/subgraphs.ts"), {
      NODE_ENV: "production", HUB_GATEWAY_PUBLIC_KEYS: JSON.stringify({ keys: [keys.publicKey] }), DATABASE_URL: "",
      BENCH_SYNTHETIC_PER_DEPARTMENT: process.env.BENCH_SYNTHETIC_PER_DEPARTMENT || "20000",
    });
    children.push(child);
    subgraphsOf.set(checkout, { child, ready: JSON.parse(child.readyLine) as SubgraphsReady });
  }
  const { ready } = subgraphsOf.get(variants[0]!.checkout)!;
  const startGateway = async (name: string, bundle: string, checkout: string, env: Record<string, string> = {}, nodeFlags: string[] = []) => {
    const { child: subgraphsChild, ready: subgraphsReady } = subgraphsOf.get(checkout)!;
    const gatewayEnv = {
      ...Object.fromEntries(Object.entries(subgraphsReady.subgraphs).map(([name, url]) => [`SUBGRAPH_URL_${name.toUpperCase()}`, url])),
      NODE_ENV: "production", PORT: "0", LOG_LEVEL: "error", HUB_GATEWAY_SIGNING_KEY: JSON.stringify(keys.privateKey), JWT_JWKS_URL: jwks.url, RESPONSE_CACHE_TTL_MS: "0", METRICS_PORT: String(await freePort()),
    };
    const child = await startChild(name, bundle, { ...gatewayEnv, ...env }, { readyWhen: (line) => line.includes("http://"), nodeFlags: [...PRODUCTION_NODE_FLAGS, ...nodeFlags] });
    children.push(child);
    return { name, child, subgraphs: subgraphsChild, url: /(http:\/\/[^\s"]+)/.exec(child.readyLine)![1]! };
  };
  const targets = [];
  for (const { name, bundle, checkout } of variants) targets.push(await startGateway(name, bundle, checkout));
  // Tracing costs the gateway throughput even sampled (Hive's plugin prints each subgraph
  // document), so its latency is read beside the untraced variants'. Spans are batched
  // often and never dropped, so a sampled trace arrives whole.
  const tracingEnv = { OTEL_TRACING: "true", OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: "100", OTEL_BSP_MAX_QUEUE_SIZE: "1000000", OTEL_BSP_MAX_EXPORT_BATCH_SIZE: "5000", OTEL_TRACES_SAMPLER: "traceidratio", OTEL_TRACES_SAMPLER_ARG: process.env.BENCH_TRACED_SHARE || "0.2" };
  targets.push(await startGateway(TRACED, variants[0]!.bundle, variants[0]!.checkout, tracingEnv));
  const requestFor = (url: string, operation: string): LoadRequest => ({
    url,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: trustedHash(operation) } } }),
  });

  const loads = new Map<string, LoadResult[]>();
  const subgraphTotals = new Map<string, Map<string, number>>();
  const spans = new Map<string, Span[]>();
  /** CPU ms of the gateway and of the subgraphs process over a target's loads. */
  const cpuTotals = new Map<string, number[]>();
  const key = (...parts: (string | number)[]) => parts.join("|");
  for (const operation of operations) {
    for (const connections of connectionLevels) {
      for (const target of targets) await runLoad(requestFor(target.url, operation), target.child, connections, 1);
      await lastSpans();
      receiver.take();
      for (let round = 0; round < rounds; round++) {
        for (const target of targets) {
          const before = await subgraphCounters(ready);
          const cpuBefore = [cpuMs(target.child), cpuMs(target.subgraphs)];
          const result = await runLoad(requestFor(target.url, operation), target.child, connections, durationSeconds);
          const cpu = [cpuMs(target.child) - cpuBefore[0]!, cpuMs(target.subgraphs) - cpuBefore[1]!];
          const after = await subgraphCounters(ready);
          const at = key(operation, connections, target.name);
          loads.set(at, [...(loads.get(at) ?? []), result]);
          cpuTotals.set(at, [0, 1].map((index) => (cpuTotals.get(at)?.[index] ?? 0) + cpu[index]!));
          console.log(`${operation.padEnd(20)} ${String(connections).padStart(2)} conns ${target.name.padEnd(12)} ${result.requestsPerSecond.toFixed(0).padStart(5)} req/s mean ${result.meanMs.toFixed(1)} ms p99 ${result.p99Ms} ms errors ${result.errors}`);
          if (target.name !== TRACED) continue;
          if (!subgraphTotals.has(at)) subgraphTotals.set(at, new Map());
          const totals = subgraphTotals.get(at)!;
          for (const [counter, value] of after) totals.set(counter, (totals.get(counter) ?? 0) + value - (before.get(counter) ?? 0));
          totals.set("requests", (totals.get("requests") ?? 0) + result.requests);
          await lastSpans();
          spans.set(at, [...(spans.get(at) ?? []), ...receiver.take()]);
        }
      }
    }
  }

  console.log(`\nload average ${loadAverage()}; ${rounds} interleaved rounds of ${durationSeconds} s; ms per request (mean)\n`);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const subgraphNames = Object.keys(ready.subgraphs);
  for (const operation of operations) {
    for (const connections of connectionLevels) {
      const at = (name: string) => key(operation, connections, name);
      const gateway = gatewayTimes(spans.get(at(TRACED)) ?? []);
      const totals = subgraphTotals.get(at(TRACED))!;
      const perRequest = (counter: string) => (totals.get(counter) ?? 0) / totals.get("requests")!;
      const rest = gateway.perRequest("request") - gateway.perRequest("parse + validate") - gateway.perRequest("execute");
      console.log(`${operation}, ${connections} connection${connections === 1 ? "" : "s"} (${gateway.requests} traced requests)\n`);
      console.log("| | ms per request |\n|---|---:|");
      for (const target of targets) {
        const results = loads.get(at(target.name))!;
        const requests = results.reduce((sum, result) => sum + result.requests, 0);
        const [gatewayCpu, subgraphsCpu] = cpuTotals.get(at(target.name))!.map((total) => (total / requests).toFixed(1));
        console.log(`| client latency, ${target.name} (mean; median req/s) | ${median(results.map((result) => result.meanMs)).toFixed(1)} (${median(results.map((result) => result.requestsPerSecond)).toFixed(0)} req/s) |`);
        console.log(`| CPU used, ${target.name}: gateway; subgraphs process | ${gatewayCpu}; ${subgraphsCpu} |`);
      }
      console.log(`| gateway request span (${TRACED}) | ${gateway.perRequest("request").toFixed(1)} |`);
      console.log(`| · waiting on subgraph fetches (critical path) | ${gateway.perRequest("critical path").toFixed(1)} |`);
      console.log(`| · execute without the fetches (plan, merge) | ${(gateway.perRequest("execute") - gateway.perRequest("critical path")).toFixed(1)} |`);
      console.log(`| · parse + validate | ${gateway.perRequest("parse + validate").toFixed(1)} |`);
      console.log(`| · rest of the request (HTTP, plugins, context, serialize) | ${rest.toFixed(1)} |\n`);
      console.log("| subgraph | fetches | fetch ms (gateway side) | served ms (subgraph side) | database ms (Prisma) | resolvers and server without database ms | SQL statements |\n|---|---:|---:|---:|---:|---:|---:|");
      for (const name of subgraphNames.filter((subgraph) => gateway.perRequest(`${subgraph} fetches`) > 0)) {
        const served = perRequest(`${name} server ms`);
        const database = perRequest(`${name} database ms`);
        console.log(`| ${name} | ${gateway.perRequest(`${name} fetches`).toFixed(1)} | ${gateway.perRequest(`${name} fetch ms`).toFixed(1)} | ${served.toFixed(1)} | ${database.toFixed(1)} | ${(served - database).toFixed(1)} | ${perRequest(`${name} statements`).toFixed(1)} |`);
      }
      console.log("");
    }
  }

  // CPU profiles under the last connection level's load: a fresh untraced gateway, and the subgraphs from now on.
  fs.rmSync(profileDir, { recursive: true, force: true });
  const profiled = await startGateway("profiled", variants[0]!.bundle, variants[0]!.checkout, {}, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`]);
  for (const operation of operations) await runLoad(requestFor(profiled.url, operation), profiled.child, 1, 1);
  await fetch(new URL("/profile/start", ready.control), { method: "POST" });
  for (const operation of operations) await runLoad(requestFor(profiled.url, operation), profiled.child, connectionLevels.at(-1)!, durationSeconds * rounds);
  const subgraphsProfile = await (await fetch(new URL("/profile/stop", ready.control), { method: "POST" })).text();
  await profiled.child.stop();
  const gatewayProfile = path.join(profileDir, fs.readdirSync(profileDir).find((file) => file.endsWith(".cpuprofile"))!);
  console.log(`load average ${loadAverage()}`);
  for (const [name, file] of [["gateway", gatewayProfile], ["subgraphs", subgraphsProfile]] as const) {
    console.log(`\n${name}: top frames by self time, ${operations.join(" then ")} at ${connectionLevels.at(-1)} connections (${file})\n`);
    console.log(frameTable(topFramesBySelfTime(file, 12)).join("\n"));
  }
} finally {
  await Promise.all(children.map((child) => child.stop()));
  await jwks.stop();
  await receiver.stop();
}
