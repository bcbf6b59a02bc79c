// The integration subgraph: its schema, resolvers, Prisma client, migrations and seed.
// No listen here; main.ts, the all-in-one start and the tests decide where it runs.
import { definePrismaSubgraph } from "@gcm-hub/kit";
import { integrationSeedChecksum, seedIntegration } from "../prisma/seed.js";
import type { IntegrationContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createIntegrationPrisma, type IntegrationPrisma } from "./prisma.js";
import { resolvers } from "./generated/resolvers.js";

export const integration = definePrismaSubgraph<IntegrationPrisma, IntegrationContext>({
  service: { name: "integration", port: 4003, root: new URL("..", import.meta.url) },
  parts: { resolvers, createClient: createIntegrationPrisma, createLoaders },
  seed: { checksum: integrationSeedChecksum, run: seedIntegration },
});

export default integration;
