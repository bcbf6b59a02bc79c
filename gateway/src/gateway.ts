// The gateway: Hive Gateway's runtime serving the committed supergraph, with
// health and readiness endpoints and offline GraphiQL. Built apart from listen so
// tests can run it on any port against subgraphs on any port.
import fs from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { DEFAULT_DRAIN_TIMEOUT_MS, drainHttpServer } from "@gcm-hub/kit";
import { DEFAULT_OPERATIONS_DIR, type GatewayConfig } from "./config.js";
import { exampleTabs, renderGraphiQL } from "./graphiql.js";

export const GRAPHQL_ENDPOINT = "/graphql";

export interface GatewayOptions {
  config: GatewayConfig;
  /** Folder of example operations shown in GraphiQL; default schema/operations. */
  operationsDir?: string;
}

export interface Gateway {
  readonly runtime: ReturnType<typeof createGatewayRuntime>;
  listen(port?: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export function createGateway({ config, operationsDir = DEFAULT_OPERATIONS_DIR }: GatewayOptions): Gateway {
  if (!fs.existsSync(config.supergraphPath)) {
    throw new Error(`No supergraph at ${config.supergraphPath}; run \`npm run compose\` first (or set SUPERGRAPH_PATH).`);
  }
  const runtime = createGatewayRuntime({
    supergraph: () => fs.readFileSync(config.supergraphPath, "utf8"),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: "/healthz",
    readinessCheckEndpoint: "/readyz",
    landingPage: false,
    logging: config.logLevel === "silent" ? false : config.logLevel === "fatal" ? "error" : config.logLevel === "trace" ? "debug" : config.logLevel,
    graphiql: config.graphiql ? { title: "GCM Hub", defaultTabs: exampleTabs(operationsDir) } : false,
    renderGraphiQL,
    transportEntries: Object.fromEntries(
      Object.entries(config.subgraphUrls).map(([subgraph, location]) => [subgraph, { location }]),
    ),
  });

  let server: Server | undefined;
  return {
    runtime,
    async listen(port = config.port, host = config.host) {
      server = createServer(runtime);
      server.keepAliveTimeout = 65_000;
      await new Promise<void>((resolve, reject) => {
        server!.once("error", reject);
        server!.listen(port, host, () => resolve());
      });
      return `http://${host}:${(server.address() as AddressInfo).port}${GRAPHQL_ENDPOINT}`;
    },
    async stop() {
      if (server) await drainHttpServer(server, DEFAULT_DRAIN_TIMEOUT_MS);
      await runtime.dispose();
    },
  };
}
