// The social subgraph: its schema, resolvers, Prisma client, migrations and seed.
// No listen here; main.ts, the all-in-one start and the tests decide where it runs.
import { definePrismaSubgraph } from "@gcm-hub/kit";
import { socialSeedChecksum, seedSocial } from "../prisma/seed.js";
import type { SocialContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createSocialPrisma, type SocialPrisma } from "./prisma.js";
import { resolvers } from "./generated/resolvers.js";

export const social = definePrismaSubgraph<SocialPrisma, SocialContext>({
  service: { name: "social", port: 4006, root: new URL("..", import.meta.url) },
  parts: { resolvers, createClient: createSocialPrisma, createLoaders },
  seed: { checksum: socialSeedChecksum, run: seedSocial },
});

export default social;
