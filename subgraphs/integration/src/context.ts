import type { BaseContext } from "@gcm-hub/kit";
import type { IntegrationLoaders } from "./loaders.js";
import type { IntegrationPrisma } from "./prisma.js";

export interface IntegrationContext extends BaseContext {
  prisma: IntegrationPrisma;
  loaders: IntegrationLoaders;
}
