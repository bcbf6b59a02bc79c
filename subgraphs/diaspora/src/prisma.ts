import { createPrismaClient, type QueryObserver, type SubgraphDatabase, type TransactionOf } from "@gcm-hub/kit";
import { PrismaClient } from "./generated/prisma/client.js";

export type DiasporaPrisma = PrismaClient;
export type DiasporaTransaction = TransactionOf<DiasporaPrisma>;

export function createDiasporaPrisma(database: SubgraphDatabase, onQuery?: QueryObserver): DiasporaPrisma {
  return createPrismaClient(PrismaClient, database, onQuery);
}
