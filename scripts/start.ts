// npm start: every subgraph and the gateway in one process, on one embedded
// PGlite (a schema per subgraph) unless DATABASE_URL points at PostgreSQL.
// Migrates and seeds on first run, prints the GraphiQL URL and the start time.
import { createLogger, readConfigOrExit, readSubgraphConfig } from "@gcm-hub/kit";
import { readGatewayConfig } from "../gateway/src/config.js";
import { startHub } from "./hub.js";

const subgraphConfig = readConfigOrExit(() => readSubgraphConfig(0));
const gatewayConfig = readConfigOrExit(() => readGatewayConfig());
const log = createLogger("hub", subgraphConfig.logLevel);

const hub = await startHub({
  databaseUrl: subgraphConfig.databaseUrl,
  dataDir: subgraphConfig.dataDir,
  gatewayConfig,
  host: subgraphConfig.host,
  ports: "contract",
  log,
  onProgress: (message) => console.log(`  ${message}`),
});
// From the process's start (performance's time origin), module loading included.
const seconds = (performance.now() / 1000).toFixed(1);
console.log(
  `\nGCM Hub ready in ${seconds} s (${hub.coldStart ? "cold start: database created, migrated and seeded" : "warm start"}, ${hub.databaseKind})`,
);
console.log(`  GraphiQL and GraphQL: ${hub.gatewayUrl}`);
console.log(`  Dashboard:            ${new URL("/", hub.gatewayUrl).href}`);
for (const subgraph of hub.subgraphs) console.log(`  ${subgraph.name.padEnd(12)} ${subgraph.url}`);
console.log("Press Ctrl-C to stop.");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: draining requests and stopping...`);
    await hub.stop();
    console.log("Stopped.");
    process.exit(0);
  });
}
