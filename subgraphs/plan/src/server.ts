// The plan subgraph: its schema, resolvers, Prisma client, migrations and seed.
// No listen here; main.ts, the all-in-one start and the tests decide where it runs.
import { definePrismaSubgraph } from "@gcm-hub/kit";
import { planSeedChecksum, seedPlan } from "../prisma/seed.js";
import type { PlanContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createPlanPrisma, type PlanPrisma } from "./prisma.js";
import { resolvers } from "./generated/resolvers.js";

export const plan = definePrismaSubgraph<PlanPrisma, PlanContext>({
  name: "plan",
  port: 4001,
  schema: new URL("../schema.graphql", import.meta.url),
  migrations: new URL("../prisma/migrations", import.meta.url),
  resolvers,
  createClient: createPlanPrisma,
  createContext: (base, prisma) => ({ ...base, prisma, loaders: createLoaders(prisma) }),
  seed: { checksum: planSeedChecksum, run: seedPlan },
});

export default plan;
