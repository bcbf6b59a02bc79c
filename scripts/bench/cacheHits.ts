// The cache-hit path measured A/B (issue 29) from the command line: two or more gateway
// bundles against the same subgraphs, next to the bare node:http server writing the same
// answer bytes, interleaved round by round (scripts/bench/hitLoads.ts). Prints each
// variant's median requests per second and p99, its ratio to the first variant and its
// fraction of the bare server. With --profile, each gateway runs with --cpu-prof and the
// top frames by self time are printed once the loads end.
//
//   npx tsx scripts/bench/cacheHits.ts [--profile] [name=bundle.mjs ...]
//   default variants: before=gateway/dist/main-before.mjs after=gateway/dist/main.mjs
//   BENCH_OPERATIONS (default PlanOverview,ObjectiveDashboard; "all": every golden operation),
//   BENCH_CONNECTIONS (default 10,50), BENCH_DURATION_SECONDS (default 3), BENCH_ROUNDS (default 3),
//   BENCH_ENV_<NAME>=K=V,K=V (extra env of variant NAME; REDIS_URL without REDIS_KEY_PREFIX gets a prefix of this run),
//   BENCH_REPLICAS_<NAME>=2 (variant NAME runs as that many gateways, the load spread over them: the topology's replicas),
//   BENCH_SEND_<NAME>=text (variant NAME is sent the document's text, not its hash: give it TRUSTED_OPERATIONS_ONLY=false),
//   BENCH_FLAGS_<NAME>="--flag ..." (Node flags of variant NAME after the production ones, e.g. --max-semi-space-size=2)
//
// The topology's replicas on the local Redis, against main's bundle:
//   BENCH_OPERATIONS=all BENCH_ENV_BEFORE=REDIS_URL=redis://127.0.0.1:6379 BENCH_ENV_AFTER=REDIS_URL=redis://127.0.0.1:6379 \
//   BENCH_REPLICAS_BEFORE=2 BENCH_REPLICAS_AFTER=2 npx tsx scripts/bench/cacheHits.ts before=... after=...
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateGatewayKeyPair } from "@gcm-hub/kit";
import { goldenOperations } from "@gcm-hub/test-support/goldenOperations";
import { startJwks } from "@gcm-hub/test-support/jwks";
import { ROOT, startChild } from "@gcm-hub/test-support/processes";
import { frameTable, topFramesBySelfTime } from "./cpuProfile.js";
import { BARE_TARGET, cacheHitsTable, measureCacheHits, type CacheHitVariant } from "./hitLoads.js";
import type { SubgraphsReady } from "./subgraphs.js";

const profiling = process.argv.includes("--profile");
const ofVariant = (kind: string, name: string) => process.env[`BENCH_${kind}_${name.toUpperCase()}`];
const variants: CacheHitVariant[] = process.argv.slice(2).filter((argument) => argument.includes("=")).map((argument) => {
  const [name, bundle] = argument.split("=") as [string, string];
  return { name, bundle };
});
if (variants.length === 0) variants.push({ name: "before", bundle: "gateway/dist/main-before.mjs" }, { name: "after", bundle: "gateway/dist/main.mjs" });
for (const variant of variants) {
  variant.env = Object.fromEntries((ofVariant("ENV", variant.name) ?? "").split(",").filter(Boolean).map((pair) => pair.split("=") as [string, string]));
  variant.replicas = Number(ofVariant("REPLICAS", variant.name) ?? 1);
  variant.sendText = ofVariant("SEND", variant.name) === "text";
  variant.nodeFlags = (ofVariant("FLAGS", variant.name) ?? "").split(" ").filter(Boolean);
}
const names = (process.env.BENCH_OPERATIONS || "PlanOverview,ObjectiveDashboard").split(",");
const operations = goldenOperations().filter((operation) => names.includes("all") || names.includes(operation.name));
const connectionLevels = (process.env.BENCH_CONNECTIONS || "10,50").split(",").map(Number);
const durationSeconds = Number(process.env.BENCH_DURATION_SECONDS || 3);
const rounds = Number(process.env.BENCH_ROUNDS || 3);
const profileDir = profiling ? path.join(ROOT, "bench-results", "profiles") : undefined;
const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(" ");

const keys = generateGatewayKeyPair();
const jwks = await startJwks();
const subgraphs = await startChild("subgraphs", "scripts/bench/subgraphs.ts", { NODE_ENV: "production", HUB_GATEWAY_PUBLIC_KEYS: JSON.stringify({ keys: [keys.publicKey] }), DATABASE_URL: "", BENCH_SYNTHETIC_PER_DEPARTMENT: "0" });
try {
  console.log(`load average ${loadAverage()}, ${os.cpus().length} cores`);
  const ready = JSON.parse(subgraphs.readyLine) as SubgraphsReady;
  const gatewayEnv = {
    ...Object.fromEntries(Object.entries(ready.subgraphs).map(([name, url]) => [`SUBGRAPH_URL_${name.toUpperCase()}`, url])),
    HUB_GATEWAY_SIGNING_KEY: JSON.stringify(keys.privateKey),
    JWT_JWKS_URL: jwks.url,
  };
  if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
  const rows = await measureCacheHits({ variants, operations, connectionLevels, durationSeconds, rounds, gatewayEnv, profileDir, progress: (line) => console.log(line) });
  console.log(`\nload average ${loadAverage()}; medians of ${rounds} interleaved rounds of ${durationSeconds} s:\n`);
  console.log(cacheHitsTable(rows).join("\n"));
} finally {
  await subgraphs.stop();
  await jwks.stop();
}
if (profileDir) {
  const processNames = variants.flatMap(({ name, replicas = 1 }) => (replicas > 1 ? Array.from({ length: replicas }, (_, index) => `${name}-${index + 1}`) : [name]));
  processNames.push(BARE_TARGET);
  for (const name of processNames) {
    const dir = path.join(profileDir, name);
    for (const file of fs.readdirSync(dir).filter((entry) => entry.endsWith(".cpuprofile"))) {
      console.log(`\n${name}: top frames by self time (${path.join(dir, file)})\n`);
      console.log(frameTable(topFramesBySelfTime(path.join(dir, file))).join("\n"));
    }
  }
}
