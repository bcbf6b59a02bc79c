import type { BaseContext } from "@gcm-hub/kit";
import type { SocialLoaders } from "./loaders.js";
import type { SocialPrisma } from "./prisma.js";

export interface SocialContext extends BaseContext {
  prisma: SocialPrisma;
  loaders: SocialLoaders;
}
