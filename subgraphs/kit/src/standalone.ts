// Runs one subgraph as its own process: `npm run start:subgraph -- plan`, or the
// subgraph's main.ts. PostgreSQL when DATABASE_URL is set, else its own PGlite.
// With SUBGRAPH_WORKERS it serves from that many workers behind one port, and SIGHUP
// rolls them (platform's runWorkers).
import path from "node:path";
import { createLogger, logProcessWarnings, readConfigOrExit, runWorkers } from "@gcm-hub/platform";
import { readSubgraphConfig, type SubgraphConfig } from "./config.js";
import { openEmbeddedDatabase, openPostgresDatabase, type SubgraphDatabase } from "./database.js";
import { startSubgraph, type SubgraphDefinition } from "./subgraph.js";

export async function runStandalone(definition: SubgraphDefinition): Promise<void> {
  const config = readConfigOrExit(() => readSubgraphConfig(definition.port));
  const log = createLogger(definition.name, config.logLevel);
  logProcessWarnings(log);
  await runWorkers({ workers: config.workers, log, serve: () => serveSubgraph(definition, config) });
}

/** Listens, migrates and seeds; resolves once ready. SIGINT or SIGTERM drains and stops. */
async function serveSubgraph(definition: SubgraphDefinition, config: SubgraphConfig): Promise<void> {
  const log = createLogger(definition.name, config.logLevel);
  let database: SubgraphDatabase;
  let closeDatabase: () => Promise<void>;
  if (config.databaseUrl) {
    database = openPostgresDatabase({ url: config.databaseUrl, log });
    closeDatabase = () => database.close();
  } else {
    const embedded = await openEmbeddedDatabase(path.join(config.dataDir, definition.name));
    database = embedded.forSubgraph();
    closeDatabase = () => embedded.close();
  }
  const running = await startSubgraph(definition, database, { log, gatewayKeys: config.gatewayKeys });
  const url = await running.instance.server.listen(config.port, config.host);
  log.info({ url, database: database.kind }, "subgraph listening");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "draining and stopping");
    await running.stop();
    await closeDatabase();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  // A failure that retrying cannot fix leaves the process up, /readyz saying why, never announced ready.
  await running.prepared.catch((error: unknown) => {
    log.error({ err: error }, "the database could not be prepared; /readyz says why");
    return new Promise<never>(() => {});
  });
  log.info({ url }, "subgraph ready");
}
