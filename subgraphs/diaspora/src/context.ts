import type { BaseContext } from "@gcm-hub/kit";
import type { DiasporaLoaders } from "./loaders.js";
import type { DiasporaPrisma } from "./prisma.js";

export interface DiasporaContext extends BaseContext {
  prisma: DiasporaPrisma;
  loaders: DiasporaLoaders;
}
