import type { BaseContext } from "@gcm-hub/kit";
import type { BorderLoaders } from "./loaders.js";
import type { BorderPrisma } from "./prisma.js";

export interface BorderContext extends BaseContext {
  prisma: BorderPrisma;
  loaders: BorderLoaders;
}
