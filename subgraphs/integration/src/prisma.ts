import { createPrismaClient, type QueryObserver, type SubgraphDatabase, type TransactionOf } from "@gcm-hub/kit";
import { PrismaClient } from "./generated/prisma/client.js";

export type IntegrationPrisma = PrismaClient;
export type IntegrationTransaction = TransactionOf<IntegrationPrisma>;

export function createIntegrationPrisma(database: SubgraphDatabase, onQuery?: QueryObserver): IntegrationPrisma {
  return createPrismaClient(PrismaClient, database, onQuery);
}
