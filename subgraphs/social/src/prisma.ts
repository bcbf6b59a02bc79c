import type { SubgraphDatabase } from "@gcm-hub/kit";
import { PrismaClient } from "./generated/prisma/client.js";

export type SocialPrisma = PrismaClient;
/** The client an interactive transaction hands its work. */
export type SocialTransaction = Parameters<Parameters<SocialPrisma["$transaction"]>[0]>[0];

/** The subgraph's Prisma client; `onQuery` sees every SQL statement (tests count them to catch N+1). */
export function createSocialPrisma(database: SubgraphDatabase, onQuery?: (sql: string) => void): SocialPrisma {
  if (!onQuery) return new PrismaClient({ adapter: database.adapter });
  const prisma = new PrismaClient({ adapter: database.adapter, log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (event) => onQuery(event.query));
  return prisma;
}
