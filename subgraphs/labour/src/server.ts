// The labour subgraph: builds its server on a database it is given. No listen here;
// main.ts, the all-in-one start and the tests decide where it runs.
import { fileURLToPath } from "node:url";
import { createSubgraphServer, loadSchema, type SubgraphDefinition, type SubgraphEnvironment, type SubgraphInstance } from "@gcm-hub/kit";
import { labourSeedChecksum, seedLabour } from "../prisma/seed.js";
import type { LabourContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createLabourPrisma } from "./prisma.js";
import { resolvers } from "./resolvers/index.js";

export const typeDefs = loadSchema(new URL("../schema.graphql", import.meta.url));

export async function createLabourSubgraph(environment: SubgraphEnvironment): Promise<SubgraphInstance> {
  const prisma = createLabourPrisma(environment.database, environment.onQuery);
  const server = await createSubgraphServer<LabourContext>({
    name: "labour",
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, prisma, loaders: createLoaders(prisma) }),
    readiness: environment.readiness,
    log: environment.log,
  });
  return {
    server,
    seed: { checksum: labourSeedChecksum, run: () => seedLabour(prisma) },
    close: () => prisma.$disconnect(),
  };
}

export const labour: SubgraphDefinition = {
  name: "labour",
  port: 4005,
  migrationsDir: fileURLToPath(new URL("../prisma/migrations", import.meta.url)),
  create: createLabourSubgraph,
};
