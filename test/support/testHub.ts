// Boots the whole hub in process on free ports and a throwaway database
// (in-memory PGlite, or a fresh PostgreSQL database when DATABASE_URL is set).
import { openTestDatabase } from "@gcm-hub/kit/testing";
import { readGatewayConfig } from "../../gateway/src/config.js";
import { startHub, type Hub } from "../../scripts/hub.js";

export interface GraphQLResponse<Data = Record<string, any>> {
  status: number;
  body: { data?: Data | null; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
}

export interface TestHub {
  readonly hub: Hub;
  /** SQL statements by subgraph since the last `statements.clear()`. */
  readonly statements: Map<string, string[]>;
  query<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  post(body: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestHub(): Promise<TestHub> {
  const database = await openTestDatabase();
  const statements = new Map<string, string[]>();
  const hub = await startHub({
    databaseUrl: database.url,
    dataDir: null,
    gatewayConfig: readGatewayConfig({ NODE_ENV: "test" }),
    ports: "free",
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
    async close() {
      await hub.stop();
      await database.close();
    },
  };
}
