import { createPrismaClient, type QueryObserver, type SubgraphDatabase, type TransactionOf } from "@gcm-hub/kit";
import { PrismaClient } from "./generated/prisma/client.js";

export type BorderPrisma = PrismaClient;
export type BorderTransaction = TransactionOf<BorderPrisma>;

export function createBorderPrisma(database: SubgraphDatabase, onQuery?: QueryObserver): BorderPrisma {
  return createPrismaClient(PrismaClient, database, onQuery);
}
