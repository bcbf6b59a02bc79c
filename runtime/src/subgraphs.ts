// Every subgraph of the registry listening on one database, without a gateway: what
// npm start's subgraphs process runs, and half of the in-process hub (hub.ts). Apart from
// hub.ts so that the subgraphs process never loads the gateway's modules.
import { createLogger, openEmbeddedDatabase, openPostgresDatabase, startSubgraph, subgraphUrl, type Logger, type RunningSubgraph, type SubgraphDatabase } from "@gcm-hub/kit";
import { fileURLToPath } from "node:url";
import type { JWK } from "jose";
import { loadAllSubgraphs } from "../../subgraphs/registry.js";

export interface SubgraphsOptions {
  databaseUrl?: string;
  dataDir: string | null;
  /** The gateway's public keys the subgraphs accept credentials from. */
  gatewayKeys: readonly JWK[];
  host?: string;
  /** "contract", "free", or a port for each subgraph by name (missing names: contract). */
  ports?: "contract" | "free" | Readonly<Record<string, number>>;
  log?: Logger;
  onProgress?: (message: string) => void;
  /**
   * Told where every subgraph will serve as soon as that is known, before the database
   * opens; not called with `ports: "free"`, where the system picks them while listening.
   */
  onAddresses?: (subgraphs: SubgraphAddress[]) => void;
  onQuery?: (subgraph: string, sql: string, durationMs: number) => void;
}

/** Where a newly initialised PGlite cluster is kept for the next new data folder: beside npm start's builds. */
const CLUSTER_TEMPLATE_DIR = fileURLToPath(new URL("../.build/", import.meta.url));

export interface SubgraphAddress {
  name: string;
  url: string;
}

export interface RunningSubgraphs {
  readonly subgraphs: { name: string; url: string; running: RunningSubgraph; database: SubgraphDatabase }[];
  /** A new embedded database was created. */
  readonly coldStart: boolean;
  /** A migration or a seed was applied (a new database, or one older than the code). */
  readonly migrated: boolean;
  readonly databaseKind: "pglite" | "postgresql";
  stop(): Promise<void>;
}

/** Every subgraph of the registry listening, migrated and seeded, without a gateway. */
export async function startSubgraphs(options: SubgraphsOptions): Promise<RunningSubgraphs> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? createLogger("hub", "warn");
  const progress = options.onProgress ?? (() => {});
  const definitions = await loadAllSubgraphs();
  if (options.ports !== "free") {
    options.onAddresses?.(definitions.map(({ name, port }) => ({ name, url: subgraphUrl(host, portOf(options.ports, name, port)) })));
  }

  let coldStart = false;
  let migrated = false;
  let openDatabase: () => SubgraphDatabase;
  let closeShared = async () => {};
  if (options.databaseUrl) {
    const url = options.databaseUrl;
    openDatabase = () => openPostgresDatabase({ url, log });
  } else {
    progress(options.dataDir ? `opening the embedded database in ${options.dataDir}` : "opening an in-memory embedded database");
    const embedded = await openEmbeddedDatabase(options.dataDir, { templateDir: CLUSTER_TEMPLATE_DIR });
    coldStart = embedded.created;
    openDatabase = () => embedded.forSubgraph();
    closeShared = () => embedded.close();
  }

  const subgraphs: RunningSubgraphs["subgraphs"] = [];
  const databases: SubgraphDatabase[] = [];
  const stop = async () => {
    await Promise.all(subgraphs.map((subgraph) => subgraph.running.stop()));
    await Promise.all(databases.map((database) => database.close()));
    await closeShared();
  };
  try {
    for (const definition of definitions) {
      const database = openDatabase();
      databases.push(database);
      const running = await startSubgraph(definition, database, {
        log: log.child({ subgraph: definition.name }),
        gatewayKeys: options.gatewayKeys,
        onQuery: options.onQuery && ((sql, durationMs) => options.onQuery!(definition.name, sql, durationMs)),
      });
      const port = portOf(options.ports, definition.name, definition.port);
      const url = await running.instance.server.listen(port, host);
      subgraphs.push({ name: definition.name, url, running, database });
    }
    progress("migrating and seeding (first run only)");
    migrated = (await Promise.all(subgraphs.map((subgraph) => subgraph.running.prepared))).some(Boolean);
    progress("every subgraph migrated, seeded and serving");
  } catch (error) {
    await stop();
    throw error;
  }
  return { subgraphs, coldStart, migrated, databaseKind: options.databaseUrl ? "postgresql" : "pglite", stop };
}

function portOf(ports: SubgraphsOptions["ports"], name: string, contractPort: number): number {
  if (ports === "free") return 0;
  if (ports === undefined || ports === "contract") return contractPort;
  return ports[name] ?? contractPort;
}
