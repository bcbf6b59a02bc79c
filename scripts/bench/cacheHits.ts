// The cache-hit path measured A/B (issue 29): two or more gateway bundles, each with its
// response cache on and in production mode, against the same subgraphs, next to the bare
// node:http server writing the same answer bytes; the loads interleaved round by round,
// so that a machine loaded by others depresses every variant alike. Prints each variant's
// median requests per second and p99, its ratio to the first variant and its fraction of
// the bare server. With --profile, each gateway runs with --cpu-prof and the top frames by
// self time are printed once the loads end.
//
//   npx tsx scripts/bench/cacheHits.ts [--profile] [name=bundle.mjs ...]
//   default variants: before=gateway/dist/main-before.mjs after=gateway/dist/main.mjs
//   BENCH_OPERATIONS (default PlanOverview,ObjectiveDashboard), BENCH_CONNECTIONS (default 10,50),
//   BENCH_DURATION_SECONDS (default 3), BENCH_ROUNDS (default 3), BENCH_ENV_<NAME>=K=V,K=V (extra env of variant NAME),
//   BENCH_SEND_<NAME>=text (variant NAME is sent the document's text, not its hash: give it TRUSTED_OPERATIONS_ONLY=false)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateGatewayKeyPair } from "@gcm-hub/kit";
import { goldenOperations } from "@gcm-hub/test-support/goldenOperations";
import { startJwks } from "@gcm-hub/test-support/jwks";
import { ROOT, startChild, type Child } from "@gcm-hub/test-support/processes";
import { PRODUCTION_NODE_FLAGS } from "@gcm-hub/runtime/productionBundles";
import { runLoad, type LoadRequest, type LoadResult } from "./load.js";
import type { RecordedAnswer } from "./bareServer.js";
import { frameTable, topFramesBySelfTime } from "./cpuProfile.js";
import type { SubgraphsReady } from "./subgraphs.js";

const profiling = process.argv.includes("--profile");
const variants = process.argv.slice(2).filter((argument) => argument.includes("=")).map((argument) => {
  const [name, bundle] = argument.split("=") as [string, string];
  return { name, bundle };
});
if (variants.length === 0) variants.push({ name: "before", bundle: "gateway/dist/main-before.mjs" }, { name: "after", bundle: "gateway/dist/main.mjs" });
const names = (process.env.BENCH_OPERATIONS || "PlanOverview,ObjectiveDashboard").split(",");
const operations = goldenOperations().filter((operation) => names.includes(operation.name));
const connectionLevels = (process.env.BENCH_CONNECTIONS || "10,50").split(",").map(Number);
const durationSeconds = Number(process.env.BENCH_DURATION_SECONDS || 3);
const rounds = Number(process.env.BENCH_ROUNDS || 3);
const profileDir = path.join(ROOT, "bench-results", "profiles");
const keys = generateGatewayKeyPair();
const extraEnv = (name: string) =>
  Object.fromEntries((process.env[`BENCH_ENV_${name.toUpperCase()}`] ?? "").split(",").filter(Boolean).map((pair) => pair.split("=") as [string, string]));

function trustedHash(operationName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "schema/generated/persisted-documents.json"), "utf8")) as Record<string, string>;
  const entry = Object.entries(manifest).find(([, document]) => new RegExp(`(^|\\s)query ${operationName}\\b`).test(document));
  if (!entry) throw new Error(`${operationName} is not in the trusted documents`);
  return entry[0].replace(/^sha256:/, "");
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const children: Child[] = [];
const jwks = await startJwks();
try {
  console.log(`load average ${os.loadavg().map((value) => value.toFixed(2)).join(" ")}, ${os.cpus().length} cores`);
  const subgraphs = await startChild("subgraphs", "scripts/bench/subgraphs.ts", { NODE_ENV: "production", HUB_GATEWAY_PUBLIC_KEYS: JSON.stringify({ keys: [keys.publicKey] }), DATABASE_URL: "", BENCH_SYNTHETIC_PER_DEPARTMENT: "0" });
  children.push(subgraphs);
  const ready = JSON.parse(subgraphs.readyLine) as SubgraphsReady;
  const gatewayEnv = {
    ...Object.fromEntries(Object.entries(ready.subgraphs).map(([name, url]) => [`SUBGRAPH_URL_${name.toUpperCase()}`, url])),
    NODE_ENV: "production", PORT: "0", LOG_LEVEL: "error", HUB_GATEWAY_SIGNING_KEY: JSON.stringify(keys.privateKey), JWT_JWKS_URL: jwks.url, METRICS_PORT: "0", RESPONSE_CACHE_TTL_MS: "60000",
  };
  if (profiling) fs.mkdirSync(profileDir, { recursive: true });
  const targets: { name: string; url: string; child: Child }[] = [];
  for (const { name, bundle } of variants) {
    const flags = [...PRODUCTION_NODE_FLAGS, ...(profiling ? ["--cpu-prof", `--cpu-prof-dir=${path.join(profileDir, name)}`] : [])];
    if (profiling) fs.rmSync(path.join(profileDir, name), { recursive: true, force: true });
    const child = await startChild(name, bundle, { ...gatewayEnv, ...extraEnv(name) }, { readyWhen: (line) => line.includes("http://"), nodeFlags: flags });
    children.push(child);
    targets.push({ name, url: /(http:\/\/[^\s"]+)/.exec(child.readyLine)![1]!, child });
  }
  const sendsText = (name: string) => process.env[`BENCH_SEND_${name.toUpperCase()}`] === "text";
  const requestFor = (url: string, operationName: string, text = false): LoadRequest => ({
    url,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(text ? { query: operations.find((operation) => operation.name === operationName)!.document } : { extensions: { persistedQuery: { version: 1, sha256Hash: trustedHash(operationName) } } }),
  });
  // The bare server answers each body with the first variant's answer to it, bytes and headers.
  const recorded: RecordedAnswer[] = [];
  const bodies = [...new Set(variants.map(({ name }) => sendsText(name)))];
  for (const [operation, text] of operations.flatMap((operation) => bodies.map((text) => [operation, text] as const))) {
    const request = requestFor(targets[0]!.url, operation.name, text);
    await fetch(request.url, { method: "POST", headers: request.headers, body: request.body });
    const response = await fetch(request.url, { method: "POST", headers: request.headers, body: request.body });
    const headers = Object.fromEntries([...response.headers].filter(([name]) => !["date", "connection", "keep-alive", "content-length", "transfer-encoding"].includes(name)));
    recorded.push({ requestBody: request.body, status: response.status, headers, body: await response.text() });
  }
  const answersFile = path.join(os.tmpdir(), `gcm-hub-bare-answers-${process.pid}.json`);
  fs.writeFileSync(answersFile, JSON.stringify(recorded));
  const bare = await startChild("bare", "scripts/bench/bareServer.ts", { BENCH_BARE_ANSWERS: answersFile });
  children.push(bare);
  targets.push({ name: "bare", url: bare.readyLine, child: bare });

  const results = new Map<string, LoadResult[]>();
  for (const operation of operations) {
    for (const connections of connectionLevels) {
      for (const target of targets) await runLoad(requestFor(target.url, operation.name, sendsText(target.name)), target.child, connections, 1);
      for (let round = 0; round < rounds; round++) {
        for (const target of targets) {
          const result = await runLoad(requestFor(target.url, operation.name, sendsText(target.name)), target.child, connections, durationSeconds);
          const key = `${operation.name}|${connections}|${target.name}`;
          results.set(key, [...(results.get(key) ?? []), result]);
          console.log(`${operation.name.padEnd(20)} ${String(connections).padStart(2)} conns ${target.name.padEnd(8)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s p99 ${result.p99Ms} ms errors ${result.errors}`);
        }
      }
    }
  }
  console.log(`\nload average ${os.loadavg().map((value) => value.toFixed(2)).join(" ")}; medians of ${rounds} interleaved rounds of ${durationSeconds} s:\n`);
  const gateways = targets.filter((target) => target.name !== "bare").map((target) => target.name);
  const headings = [...targets.map((target) => `${target.name} req/s (p99 ms)`), ...gateways.slice(1).map((name) => `${name} ÷ ${gateways[0]}`), ...gateways.map((name) => `${name} ÷ bare`)];
  console.log(`| operation | conns | ${headings.join(" | ")} |`);
  console.log(`|---|---:|${headings.map(() => "---:|").join("")}`);
  for (const operation of operations) {
    for (const connections of connectionLevels) {
      const of = (name: string) => results.get(`${operation.name}|${connections}|${name}`) ?? [];
      const rps = (name: string) => median(of(name).map((result) => result.requestsPerSecond));
      const cells = targets.map(({ name }) => `${rps(name).toFixed(0)} (${median(of(name).map((result) => result.p99Ms))})`);
      const versusFirst = gateways.slice(1).map((name) => `${(rps(name) / rps(gateways[0]!)).toFixed(2)}x`);
      const versusBare = gateways.map((name) => (rps(name) / rps("bare")).toFixed(2));
      console.log(`| ${operation.name} | ${connections} | ${[...cells, ...versusFirst, ...versusBare].join(" | ")} |`);
    }
  }
  fs.rmSync(answersFile, { force: true });
} finally {
  await Promise.all(children.map((child) => child.stop()));
  await jwks.stop();
}
if (profiling) {
  for (const { name } of variants) {
    const dir = path.join(profileDir, name);
    for (const file of fs.readdirSync(dir).filter((entry) => entry.endsWith(".cpuprofile"))) {
      console.log(`\n${name}: top frames by self time (${path.join(dir, file)})\n`);
      console.log(frameTable(topFramesBySelfTime(path.join(dir, file))).join("\n"));
    }
  }
}
