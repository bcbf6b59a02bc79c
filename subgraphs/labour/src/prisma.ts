import { createPrismaClient, type QueryObserver, type SubgraphDatabase, type TransactionOf } from "@gcm-hub/kit";
import { PrismaClient } from "./generated/prisma/client.js";

export type LabourPrisma = PrismaClient;
export type LabourTransaction = TransactionOf<LabourPrisma>;

export function createLabourPrisma(database: SubgraphDatabase, onQuery?: QueryObserver): LabourPrisma {
  return createPrismaClient(PrismaClient, database, onQuery);
}
