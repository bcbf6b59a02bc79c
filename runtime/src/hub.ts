// The whole hub in one process: every subgraph on its own port and the gateway in
// front. Used by `npm start` (contract ports) and the end-to-end tests (free ports).
import {
  createLogger,
  openEmbeddedDatabase,
  openPostgresDatabase,
  publicHalf,
  startSubgraph,
  type Logger,
  type RunningSubgraph,
  type SubgraphDatabase,
} from "@gcm-hub/kit";
import type { JWK } from "jose";
import type { GatewayConfig } from "../../gateway/src/config.js";
import { createGateway, type Gateway } from "../../gateway/src/gateway.js";
import { loadAllSubgraphs } from "../../subgraphs/registry.js";

export interface HubOptions {
  /** PostgreSQL URL; absent means embedded PGlite. */
  databaseUrl?: string;
  /** Folder of the embedded database; null keeps it in memory (tests). */
  dataDir: string | null;
  gatewayConfig: GatewayConfig;
  host?: string;
  /** "contract" listens on 4000-4006; "free" lets the system pick (tests). Default contract. */
  ports?: "contract" | "free";
  log?: Logger;
  onProgress?: (message: string) => void;
  /** Sees every SQL statement of every subgraph, with its duration. */
  onQuery?: (subgraph: string, sql: string, durationMs: number) => void;
  /** Where the gateway reaches some subgraphs instead of the in-process ones (tests: a proxy, a child process). */
  gatewaySubgraphUrls?: Record<string, string>;
}

export interface Hub {
  readonly gatewayUrl: string;
  readonly subgraphs: { name: string; url: string; running: RunningSubgraph }[];
  readonly coldStart: boolean;
  readonly databaseKind: "pglite" | "postgresql";
  readonly gateway: Gateway;
  stop(): Promise<void>;
}

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
  onQuery?: (subgraph: string, sql: string, durationMs: number) => void;
}

export interface RunningSubgraphs {
  readonly subgraphs: { name: string; url: string; running: RunningSubgraph; database: SubgraphDatabase }[];
  readonly coldStart: boolean;
  readonly databaseKind: "pglite" | "postgresql";
  stop(): Promise<void>;
}

/** Every subgraph of the registry listening, migrated and seeded, without a gateway. */
export async function startSubgraphs(options: SubgraphsOptions): Promise<RunningSubgraphs> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? createLogger("hub", "warn");
  const progress = options.onProgress ?? (() => {});
  const definitions = await loadAllSubgraphs();

  let coldStart = false;
  let openDatabase: () => SubgraphDatabase;
  let closeShared = async () => {};
  if (options.databaseUrl) {
    const url = options.databaseUrl;
    openDatabase = () => openPostgresDatabase({ url, log });
  } else {
    progress(options.dataDir ? `opening the embedded database in ${options.dataDir}` : "opening an in-memory embedded database");
    const embedded = await openEmbeddedDatabase(options.dataDir);
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
    await Promise.all(subgraphs.map((subgraph) => subgraph.running.prepared));
    progress("every subgraph migrated, seeded and serving");
  } catch (error) {
    await stop();
    throw error;
  }
  return { subgraphs, coldStart, databaseKind: options.databaseUrl ? "postgresql" : "pglite", stop };
}

function portOf(ports: SubgraphsOptions["ports"], name: string, contractPort: number): number {
  if (ports === "free") return 0;
  if (ports === undefined || ports === "contract") return contractPort;
  return ports[name] ?? contractPort;
}

export async function startHub(options: HubOptions): Promise<Hub> {
  const running = await startSubgraphs({ ...options, gatewayKeys: [publicHalf(options.gatewayConfig.signingKey)] });
  try {
    const gateway = createGateway({
      config: {
        ...options.gatewayConfig,
        subgraphUrls: { ...Object.fromEntries(running.subgraphs.map(({ name, url }) => [name, url])), ...options.gatewaySubgraphUrls },
      },
    });
    const gatewayUrl = await gateway.listen(options.ports === "free" ? 0 : options.gatewayConfig.port, options.host ?? "127.0.0.1");
    return {
      gatewayUrl,
      subgraphs: running.subgraphs,
      coldStart: running.coldStart,
      databaseKind: running.databaseKind,
      gateway,
      async stop() {
        await gateway.stop();
        await running.stop();
      },
    };
  } catch (error) {
    await running.stop();
    throw error;
  }
}
