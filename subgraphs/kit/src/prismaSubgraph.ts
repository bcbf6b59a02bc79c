// The usual shape of a subgraph: a package folder with its schema.graphql and
// prisma/migrations, resolvers, a Prisma client of its own, per-request loaders and a
// seed. definePrismaSubgraph wires them into a SubgraphDefinition, so each subgraph's
// server.ts only declares its parts.
import { fileURLToPath } from "node:url";
import type { GraphQLResolverMap } from "@apollo/subgraph";
import type { BaseContext, Caller } from "./context.js";
import { credentialLedger } from "./credentialLedger.js";
import type { SubgraphDatabase } from "./database.js";
import { loadSchema } from "./schema.js";
import { createSubgraphServer } from "./server.js";
import type { SubgraphDefinition } from "./subgraph.js";

/** The context every Prisma subgraph's resolvers get: the base one, its client and this request's loaders. */
export type PrismaContext<Client, Loaders> = BaseContext & { prisma: Client; loaders: Loaders };

export interface PrismaSubgraphOptions<Client extends { $disconnect(): Promise<void> }, Context extends PrismaContext<Client, unknown>> {
  service: {
    /** Name in the supergraph and PostgreSQL schema. */
    name: string;
    /** Contract port. */
    port: number;
    /** The package folder: its schema.graphql and prisma/migrations. */
    root: URL;
  };
  parts: {
    resolvers: GraphQLResolverMap<Context>;
    /** The subgraph's own generated Prisma client on the given database. */
    createClient(database: SubgraphDatabase, onQuery?: QueryObserver): Client;
    /** The request's loaders; `caller` decides what drafts they may return. */
    createLoaders(client: Client, caller: Caller | null): Context["loaders"];
  };
  seed: { checksum: string; run(client: Client): Promise<string> };
}

export function definePrismaSubgraph<Client extends { $disconnect(): Promise<void> }, Context extends PrismaContext<Client, unknown>>(
  options: PrismaSubgraphOptions<Client, Context>,
): SubgraphDefinition {
  const { name, port, root } = options.service;
  const { resolvers, createClient, createLoaders } = options.parts;
  const typeDefs = loadSchema(new URL("schema.graphql", root));
  return {
    name,
    port,
    migrationsDir: fileURLToPath(new URL("prisma/migrations", root)),
    async create(environment) {
      const client = createClient(environment.database, environment.onQuery);
      const server = await createSubgraphServer<Context>({
        name,
        typeDefs,
        resolvers,
        createContext: (base) => ({ ...base, prisma: client, loaders: createLoaders(client, base.caller) }) as Context,
        readiness: environment.readiness,
        log: environment.log,
        gatewayKeys: environment.gatewayKeys,
        credentialLedger: credentialLedger(environment.database, name),
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

/** Sees each SQL statement a subgraph's Prisma client sends, with the milliseconds Prisma timed it at. */
export type QueryObserver = (sql: string, durationMs: number) => void;

/** A subgraph's Prisma client on `database`; `onQuery` sees every SQL statement (tests count them to catch N+1, the benchmark times them). */
export function createPrismaClient<Client>(Prisma: PrismaClientClass<Client>, database: SubgraphDatabase, onQuery?: QueryObserver): Client {
  if (!onQuery) return new Prisma({ adapter: database.adapter });
  const client = new Prisma({ adapter: database.adapter, log: [{ emit: "event", level: "query" }] });
  (client as unknown as { $on(event: "query", listener: (event: { query: string; duration: number }) => void): void }).$on("query", (event) => onQuery(event.query, event.duration));
  return client;
}
