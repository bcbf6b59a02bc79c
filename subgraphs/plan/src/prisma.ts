import { createPrismaClient, type QueryObserver, type SubgraphDatabase, type TransactionOf } from "@gcm-hub/kit";
import { PrismaClient } from "./generated/prisma/client.js";

export type PlanPrisma = PrismaClient;
export type PlanTransaction = TransactionOf<PlanPrisma>;

export function createPlanPrisma(database: SubgraphDatabase, onQuery?: QueryObserver): PlanPrisma {
  return createPrismaClient(PrismaClient, database, onQuery);
}
