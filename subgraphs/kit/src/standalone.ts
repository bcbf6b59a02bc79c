// Runs one subgraph as its own process: `npm run start:subgraph -- plan`, or the
// subgraph's main.ts. PostgreSQL when DATABASE_URL is set, else its own PGlite.
// With SUBGRAPH_WORKERS it serves from that many workers behind one port, and SIGHUP
// rolls them (platform's runWorkers).
import path from "node:path";
import { afterLastHandoff, createLogger, logProcessWarnings, readConfigOrExit, runWorkers, type Logger } from "@gcm-hub/platform";
import { readSubgraphConfig, type SubgraphConfig } from "./config.js";
import { openEmbeddedDatabase, openPostgresDatabase, type SubgraphDatabase } from "./database.js";
import { startSubgraph, type SubgraphDefinition } from "./subgraph.js";

export async function runStandalone(definition: SubgraphDefinition): Promise<void> {
  const config = readConfigOrExit(() => readSubgraphConfig(definition.port));
  const log = createLogger(definition.name, config.logLevel);
  logProcessWarnings(log);
  await runWorkers({ workers: config.workers, log, serve: () => serveSubgraph(definition, config) });
}

/**
 * Bad deployment input stops the process before it writes anything, with a message naming
 * DATABASE_URL: a database that refuses the URL's role, password or database name, or one
 * that does not answer within DATABASE_START_TIMEOUT_MS (a wrong host, a network that does
 * not lead there). Once the database has answered, outages are waited out instead, with
 * /readyz saying why (startSubgraph's retries).
 */
async function reachDatabaseOrExit(database: SubgraphDatabase, url: string, timeoutMs: number, log: Logger): Promise<void> {
  const { hostname, port, pathname } = new URL(url);
  const where = `${hostname}:${port || 5432}${pathname}`; // never the password
  const deadline = Date.now() + timeoutMs;
  for (let delay = 250; ; delay = Math.min(delay * 2, 2000)) {
    try {
      await database.ping();
      return;
    } catch (error) {
      const reason = (error as Error).message;
      // SQLSTATE class 28 (invalid authorization) and 3D000 (no such database): retrying cannot help.
      const code = (error as { code?: unknown }).code;
      const refused = typeof code === "string" && (code.startsWith("28") || code === "3D000");
      if (refused || Date.now() + delay > deadline) {
        const what = refused ? "refused the connection" : `did not answer within ${timeoutMs / 1000} s (DATABASE_START_TIMEOUT_MS)`;
        console.error(`Invalid configuration: DATABASE_URL: the database at ${where} ${what}: ${reason}`);
        await database.close().catch(() => undefined);
        process.exit(1);
      }
      log.warn({ database: where, retryInMs: delay, reason }, "database not answering yet; retrying");
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Listens, migrates and seeds; resolves once ready. SIGINT or SIGTERM drains and stops. */
async function serveSubgraph(definition: SubgraphDefinition, config: SubgraphConfig): Promise<void> {
  const log = createLogger(definition.name, config.logLevel);
  let database: SubgraphDatabase;
  let closeDatabase: () => Promise<void>;
  if (config.databaseUrl) {
    database = openPostgresDatabase({ url: config.databaseUrl, log });
    closeDatabase = () => database.close();
    await reachDatabaseOrExit(database, config.databaseUrl, config.databaseStartTimeoutMs, log);
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
    await afterLastHandoff();
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
