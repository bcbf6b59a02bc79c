// The integration subgraph: builds its server on a database it is given. No listen here;
// main.ts, the all-in-one start and the tests decide where it runs.
import { fileURLToPath } from "node:url";
import { createSubgraphServer, loadSchema, type SubgraphDefinition, type SubgraphEnvironment, type SubgraphInstance } from "@gcm-hub/kit";
import { integrationSeedChecksum, seedIntegration } from "../prisma/seed.js";
import type { IntegrationContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createIntegrationPrisma } from "./prisma.js";
import { resolvers } from "./resolvers/index.js";

export const typeDefs = loadSchema(new URL("../schema.graphql", import.meta.url));

export async function createIntegrationSubgraph(environment: SubgraphEnvironment): Promise<SubgraphInstance> {
  const prisma = createIntegrationPrisma(environment.database, environment.onQuery);
  const server = await createSubgraphServer<IntegrationContext>({
    name: "integration",
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, prisma, loaders: createLoaders(prisma) }),
    readiness: environment.readiness,
    log: environment.log,
  });
  return {
    server,
    seed: { checksum: integrationSeedChecksum, run: () => seedIntegration(prisma) },
    close: () => prisma.$disconnect(),
  };
}

export const integration: SubgraphDefinition = {
  name: "integration",
  port: 4003,
  migrationsDir: fileURLToPath(new URL("../prisma/migrations", import.meta.url)),
  create: createIntegrationSubgraph,
};
