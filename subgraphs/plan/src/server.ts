// The plan subgraph: builds its server on a database it is given. No listen here;
// main.ts, the all-in-one start and the tests decide where it runs.
import { fileURLToPath } from "node:url";
import { createSubgraphServer, loadSchema, type SubgraphDefinition, type SubgraphEnvironment, type SubgraphInstance } from "@gcm-hub/kit";
import { planSeedChecksum, seedPlan } from "../prisma/seed.js";
import type { PlanContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createPlanPrisma } from "./prisma.js";
import { resolvers } from "./resolvers/index.js";

export const typeDefs = loadSchema(new URL("../schema.graphql", import.meta.url));

export async function createPlanSubgraph(environment: SubgraphEnvironment): Promise<SubgraphInstance> {
  const prisma = createPlanPrisma(environment.database, environment.onQuery);
  const server = await createSubgraphServer<PlanContext>({
    name: "plan",
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, prisma, loaders: createLoaders(prisma) }),
    readiness: environment.readiness,
    log: environment.log,
  });
  return {
    server,
    seed: { checksum: planSeedChecksum, run: () => seedPlan(prisma) },
    close: () => prisma.$disconnect(),
  };
}

export const plan: SubgraphDefinition = {
  name: "plan",
  port: 4001,
  migrationsDir: fileURLToPath(new URL("../prisma/migrations", import.meta.url)),
  create: createPlanSubgraph,
};
