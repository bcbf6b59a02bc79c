// The social subgraph (ISS and Health): builds its server on a database it is given.
// No listen here; main.ts, the all-in-one start and the tests decide where it runs.
import { fileURLToPath } from "node:url";
import { createSubgraphServer, loadSchema, type SubgraphDefinition, type SubgraphEnvironment, type SubgraphInstance } from "@gcm-hub/kit";
import { seedSocial, socialSeedChecksum } from "../prisma/seed.js";
import type { SocialContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createSocialPrisma } from "./prisma.js";
import { resolvers } from "./resolvers/index.js";

export const typeDefs = loadSchema(new URL("../schema.graphql", import.meta.url));

export async function createSocialSubgraph(environment: SubgraphEnvironment): Promise<SubgraphInstance> {
  const prisma = createSocialPrisma(environment.database, environment.onQuery);
  const server = await createSubgraphServer<SocialContext>({
    name: "social",
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, prisma, loaders: createLoaders(prisma) }),
    readiness: environment.readiness,
    log: environment.log,
  });
  return {
    server,
    seed: { checksum: socialSeedChecksum, run: () => seedSocial(prisma) },
    close: () => prisma.$disconnect(),
  };
}

export const social: SubgraphDefinition = {
  name: "social",
  port: 4006,
  migrationsDir: fileURLToPath(new URL("../prisma/migrations", import.meta.url)),
  create: createSocialSubgraph,
};
