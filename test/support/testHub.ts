// Boots the whole hub in process on free ports and a throwaway database
// (in-memory PGlite, or a fresh PostgreSQL database when DATABASE_URL is set).
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { publicHalf, type Logger } from "@gcm-hub/kit";
import { openTestDatabase } from "@gcm-hub/kit/testing";
import { readGatewayConfig } from "../../gateway/src/config.js";
import { createGateway, type GatewayOptions } from "../../gateway/src/gateway.js";
import { startHub, type Hub } from "@gcm-hub/runtime/hub";

export interface GraphQLResponse<Data = Record<string, any>> {
  status: number;
  body: { data?: Data | null; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
}

export interface TestHub {
  readonly hub: Hub;
  /** SQL statements by subgraph since the last `statements.clear()`. */
  readonly statements: Map<string, string[]>;
  query<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  /** Runs a typed operation (test/generated) and returns its data; fails on any error. */
  run<Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables?: Variables): Promise<Data>;
  post(body: string, headers?: Record<string, string>): Promise<Response>;
  /** Another gateway, configured by `env`, in front of this hub's subgraphs. */
  startGateway(env: Record<string, string>, options?: Pick<GatewayOptions, "hostLookup">): Promise<{ url: string; metricsUrl?: string; stop(): Promise<void> }>;
  close(): Promise<void>;
}

export interface TestHubOptions {
  /** Gateway environment on top of NODE_ENV=test, e.g. { LIMIT_DEPTH: "4" }. */
  gatewayEnv?: Record<string, string>;
  /** Subgraphs the gateway reaches elsewhere (a proxy, a child process). */
  gatewaySubgraphUrls?: Record<string, string>;
  /** Logger for the subgraphs (tests that read the logs); default silent-ish. */
  log?: Logger;
}

/** The development signing key every test gateway signs with (under .data/keys). */
export const testSigningKey = readGatewayConfig({ NODE_ENV: "test" }).signingKey;
/** What a production gateway needs here besides NODE_ENV and a JWKS URL: the test hub's key, and /metrics on a free port. */
export const PRODUCTION_GATEWAY_ENV = { HUB_GATEWAY_SIGNING_KEY: JSON.stringify(testSigningKey), METRICS_PORT: "0" };
/** What the test hub's subgraphs accept credentials from. */
export const testGatewayPublicKeys = [publicHalf(testSigningKey)];

/** QUERY_PLANNER from the test run (`QUERY_PLANNER=rust npx vitest run`) for every gateway; a test's own env wins. */
export const plannerEnv: Record<string, string> = process.env.QUERY_PLANNER ? { QUERY_PLANNER: process.env.QUERY_PLANNER } : {};

export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const database = await openTestDatabase();
  const statements = new Map<string, string[]>();
  const hub = await startHub({
    databaseUrl: database.url,
    dataDir: null,
    gatewayConfig: readGatewayConfig({ NODE_ENV: "test", ...plannerEnv, ...options.gatewayEnv }),
    ports: "free",
    gatewaySubgraphUrls: options.gatewaySubgraphUrls,
    log: options.log,
    onQuery: (subgraph, sql) => {
      if (!statements.has(subgraph)) statements.set(subgraph, []);
      statements.get(subgraph)!.push(sql);
    },
  });
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...headers }, body });
  return {
    hub,
    statements,
    post,
    async query(query, variables) {
      const response = await post(JSON.stringify({ query, variables }));
      return { status: response.status, body: (await response.json()) as GraphQLResponse["body"] as never };
    },
    async run(document, variables) {
      const response = await post(JSON.stringify({ query: print(document), variables }));
      const body = (await response.json()) as GraphQLResponse["body"];
      if (body.errors?.length || !body.data) throw new Error(`operation failed (${response.status}): ${JSON.stringify(body.errors)}`);
      return body.data as never;
    },
    async startGateway(env, options = {}) {
      const subgraphUrls = Object.fromEntries(hub.subgraphs.map(({ name, url }) => [name, url]));
      const config = readGatewayConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", ...plannerEnv, ...env });
      const gateway = createGateway({ ...options, config: { ...config, subgraphUrls: { ...subgraphUrls, ...config.subgraphUrls } } });
      const url = await gateway.listen(0);
      return { url, metricsUrl: gateway.metricsUrl(), stop: () => gateway.stop() };
    },
    async close() {
      await hub.stop();
      await database.close();
    },
  };
}
