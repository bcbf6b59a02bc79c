import type { BaseContext } from "@gcm-hub/kit";
import type { PlanLoaders } from "./loaders.js";
import type { PlanPrisma } from "./prisma.js";

export interface PlanContext extends BaseContext {
  prisma: PlanPrisma;
  loaders: PlanLoaders;
}
