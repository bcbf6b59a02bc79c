// The whole hub in one process: every subgraph on its own port (subgraphs.ts) and the
// gateway in front. Used by the end-to-end tests and the benchmark; `npm start` runs the
// same two halves in two processes (start.ts, startSubgraphs.ts).
import { publicHalf, type Logger, type RunningSubgraph } from "@gcm-hub/kit";
import type { GatewayConfig } from "../../gateway/src/config.js";
import { createGateway, type Gateway } from "../../gateway/src/gateway.js";
import { startSubgraphs } from "./subgraphs.js";

export { startSubgraphs, type RunningSubgraphs, type SubgraphsOptions } from "./subgraphs.js";

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
