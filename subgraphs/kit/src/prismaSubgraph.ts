// The usual shape of a subgraph: a schema.graphql, resolvers, a Prisma client of
// its own, migrations and a seed. definePrismaSubgraph wires them into a
// SubgraphDefinition, so each subgraph's server.ts only declares its parts.
import { fileURLToPath } from "node:url";
import type { GraphQLResolverMap } from "@apollo/subgraph";
import type { BaseContext } from "./context.js";
import { credentialLedger } from "./credentialLedger.js";
import type { SubgraphDatabase } from "./database.js";
import { loadSchema } from "./schema.js";
import { createSubgraphServer } from "./server.js";
import type { SubgraphDefinition } from "./subgraph.js";

export interface PrismaSubgraphOptions<Client extends { $disconnect(): Promise<void> }, Context extends BaseContext> {
  /** Name in the supergraph and PostgreSQL schema. */
  name: string;
  /** Contract port. */
  port: number;
  /** Location of schema.graphql. */
  schema: URL;
  /** Location of prisma/migrations. */
  migrations: URL;
  resolvers: GraphQLResolverMap<Context>;
  /** The subgraph's own generated Prisma client on the given database. */
  createClient(database: SubgraphDatabase, onQuery?: (sql: string) => void): Client;
  /** Per-request context: the base one plus the client and fresh loaders. */
  createContext(base: BaseContext, client: Client): Context;
  seed: { checksum: string; run(client: Client): Promise<string> };
}

export function definePrismaSubgraph<Client extends { $disconnect(): Promise<void> }, Context extends BaseContext>(
  options: PrismaSubgraphOptions<Client, Context>,
): SubgraphDefinition {
  const typeDefs = loadSchema(options.schema);
  return {
    name: options.name,
    port: options.port,
    migrationsDir: fileURLToPath(options.migrations),
    async create(environment) {
      const client = options.createClient(environment.database, environment.onQuery);
      const server = await createSubgraphServer<Context>({
        name: options.name,
        typeDefs,
        resolvers: options.resolvers,
        createContext: (base) => options.createContext(base, client),
        readiness: environment.readiness,
        log: environment.log,
        gatewayKeys: environment.gatewayKeys,
        credentialLedger: credentialLedger(environment.database, options.name),
        poolStats: environment.database.poolStats,
      });
      return {
        server,
        seed: { checksum: options.seed.checksum, run: () => options.seed.run(client) },
        close: () => client.$disconnect(),
      };
    },
  };
}

/** What the kit needs of a generated Prisma client class to build one on a database. */
export interface PrismaClientClass<Client> {
  new (options: { adapter: SubgraphDatabase["adapter"]; log?: { emit: "event"; level: "query" }[] }): Client;
}

/** The client an interactive transaction hands its work. */
// Prisma's $transaction is overloaded; the last overload is the one that takes the work function.
export type TransactionOf<Client extends { $transaction: (...args: any) => any }> = Parameters<Extract<Parameters<Client["$transaction"]>[0], (...args: any) => any>>[0];

/** A subgraph's Prisma client on `database`; `onQuery` sees every SQL statement (tests count them to catch N+1). */
export function createPrismaClient<Client>(Prisma: PrismaClientClass<Client>, database: SubgraphDatabase, onQuery?: (sql: string) => void): Client {
  if (!onQuery) return new Prisma({ adapter: database.adapter });
  const client = new Prisma({ adapter: database.adapter, log: [{ emit: "event", level: "query" }] });
  (client as unknown as { $on(event: "query", listener: (event: { query: string }) => void): void }).$on("query", (event) => onQuery(event.query));
  return client;
}
