// Runs one subgraph as its own process: `npm run start:subgraph -- plan`, or the
// subgraph's main.ts. PostgreSQL when DATABASE_URL is set, else its own PGlite.
import path from "node:path";
import { readConfigOrExit } from "@gcm-hub/platform";
import { readSubgraphConfig } from "./config.js";
import { openEmbeddedDatabase, openPostgresDatabase, type SubgraphDatabase } from "./database.js";
import { createLogger } from "@gcm-hub/platform";
import { startSubgraph, type SubgraphDefinition } from "./subgraph.js";

export async function runStandalone(definition: SubgraphDefinition): Promise<void> {
  const config = readConfigOrExit(() => readSubgraphConfig(definition.port));
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
}
