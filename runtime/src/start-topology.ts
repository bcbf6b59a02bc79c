// npm run start:topology: the production topology on this machine. Each subgraph is
// its own process on its own PostgreSQL database (gcm_hub_<name>, created if missing,
// migrated and seeded), two gateway replicas share Redis, all in production mode with
// development keys. Prints what it started and where; Ctrl-C stops everything.
import path from "node:path";
import { readConfigOrExit } from "@gcm-hub/platform";
import { startTopology } from "./topology.js";
import { readTopologyConfig } from "./topologyConfig.js";

const config = readConfigOrExit(() => readTopologyConfig());
const started = performance.now();
const topology = await startTopology({ ...config, onProgress: (message) => console.log(`  ${message}`) }).catch((error: Error) => {
  console.error(`The topology did not start: ${error.message}`);
  process.exit(1);
});

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nGCM Hub topology ready in ${seconds} s (production mode, development keys)`);
topology.gateways.forEach((gateway, index) =>
  console.log(`  ${gateway.name.padEnd(12)} ${gateway.url.padEnd(34)} pid ${gateway.pid()}${config.gatewayWorkers ? ` (${config.gatewayWorkers} workers)` : ""}, metrics http://127.0.0.1:${config.metricsPorts[index]}/metrics`),
);
for (const subgraph of topology.subgraphs) {
  const database = new URL(config.databaseUrls[subgraph.name]!);
  console.log(`  ${subgraph.name.padEnd(12)} ${subgraph.url.padEnd(34)} pid ${subgraph.pid()}, database ${database.host}${database.pathname}`);
}
console.log(`  ${"redis".padEnd(12)} ${config.redisUrl} (shared response cache and its invalidation)`);
console.log(`  ${"identity".padEnd(12)} ${topology.jwksUrl} (development; a token: npm run token -- --topology --subgraph border --scopes write,publish)`);
console.log(`  ${"logs".padEnd(12)} ${path.relative(process.cwd(), path.join(config.dataDir, "logs"))}/`);
console.log("Production mode serves trusted documents by hash (schema/generated/persisted-documents.json). Press Ctrl-C to stop everything.");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: draining the gateways, then the subgraphs...`);
    await topology.stop();
    // Written before exiting: console.log to a pipe is asynchronous and exit would cut it.
    process.stdout.write("Stopped.\n", () => process.exit(0));
  });
}
