import type { BaseContext } from "@gcm-hub/kit";
import type { LabourLoaders } from "./loaders.js";
import type { LabourPrisma } from "./prisma.js";

export interface LabourContext extends BaseContext {
  prisma: LabourPrisma;
  loaders: LabourLoaders;
}
