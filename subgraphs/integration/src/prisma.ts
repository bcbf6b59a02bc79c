import type { SubgraphDatabase } from "@gcm-hub/kit";
import { PrismaClient } from "./generated/prisma/client.js";

export type IntegrationPrisma = PrismaClient;
/** The client an interactive transaction hands its work. */
export type IntegrationTransaction = Parameters<Parameters<IntegrationPrisma["$transaction"]>[0]>[0];

/** The subgraph's Prisma client; `onQuery` sees every SQL statement (tests count them to catch N+1). */
export function createIntegrationPrisma(database: SubgraphDatabase, onQuery?: (sql: string) => void): IntegrationPrisma {
  if (!onQuery) return new PrismaClient({ adapter: database.adapter });
  const prisma = new PrismaClient({ adapter: database.adapter, log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (event) => onQuery(event.query));
  return prisma;
}
