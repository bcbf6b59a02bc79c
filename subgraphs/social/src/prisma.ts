import { createPrismaClient, type QueryObserver, type SubgraphDatabase, type TransactionOf } from "@gcm-hub/kit";
import { PrismaClient } from "./generated/prisma/client.js";

export type SocialPrisma = PrismaClient;
export type SocialTransaction = TransactionOf<SocialPrisma>;

export function createSocialPrisma(database: SubgraphDatabase, onQuery?: QueryObserver): SocialPrisma {
  return createPrismaClient(PrismaClient, database, onQuery);
}
