// The plan subgraph: its schema, resolvers, Prisma client, migrations and seed.
// No listen here; main.ts, the all-in-one start and the tests decide where it runs.
import { definePrismaSubgraph } from "@gcm-hub/kit";
import { planSeedChecksum, seedPlan } from "../prisma/seed.js";
import type { PlanContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createPlanPrisma, type PlanPrisma } from "./prisma.js";
import { resolvers } from "./generated/resolvers.js";

export const plan = definePrismaSubgraph<PlanPrisma, PlanContext>({
  service: { name: "plan", port: 4001, root: new URL("..", import.meta.url) },
  parts: { resolvers, createClient: createPlanPrisma, createLoaders },
  seed: { checksum: planSeedChecksum, run: seedPlan },
});

export default plan;
