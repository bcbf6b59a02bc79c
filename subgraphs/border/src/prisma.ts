import { createPrismaClient, type SubgraphDatabase, type TransactionOf } from "@gcm-hub/kit";
import { PrismaClient } from "./generated/prisma/client.js";

export type BorderPrisma = PrismaClient;
export type BorderTransaction = TransactionOf<BorderPrisma>;

export function createBorderPrisma(database: SubgraphDatabase, onQuery?: (sql: string) => void): BorderPrisma {
  return createPrismaClient(PrismaClient, database, onQuery);
}
