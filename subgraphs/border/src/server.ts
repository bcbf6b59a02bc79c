// The border subgraph: builds its server on a database it is given. No listen here;
// main.ts, the all-in-one start and the tests decide where it runs.
import { fileURLToPath } from "node:url";
import { createSubgraphServer, loadSchema, type SubgraphDefinition, type SubgraphEnvironment, type SubgraphInstance } from "@gcm-hub/kit";
import { borderSeedChecksum, seedBorder } from "../prisma/seed.js";
import type { BorderContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createBorderPrisma } from "./prisma.js";
import { resolvers } from "./resolvers/index.js";

export const typeDefs = loadSchema(new URL("../schema.graphql", import.meta.url));

export async function createBorderSubgraph(environment: SubgraphEnvironment): Promise<SubgraphInstance> {
  const prisma = createBorderPrisma(environment.database, environment.onQuery);
  const server = await createSubgraphServer<BorderContext>({
    name: "border",
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, prisma, loaders: createLoaders(prisma) }),
    readiness: environment.readiness,
    log: environment.log,
  });
  return {
    server,
    seed: { checksum: borderSeedChecksum, run: () => seedBorder(prisma) },
    close: () => prisma.$disconnect(),
  };
}

export const border: SubgraphDefinition = {
  name: "border",
  port: 4002,
  migrationsDir: fileURLToPath(new URL("../prisma/migrations", import.meta.url)),
  create: createBorderSubgraph,
};
