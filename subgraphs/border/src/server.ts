// The border subgraph: its schema, resolvers, Prisma client, migrations and seed.
// No listen here; main.ts, the all-in-one start and the tests decide where it runs.
import { definePrismaSubgraph } from "@gcm-hub/kit";
import { borderSeedChecksum, seedBorder } from "../prisma/seed.js";
import type { BorderContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createBorderPrisma, type BorderPrisma } from "./prisma.js";
import { resolvers } from "./generated/resolvers.js";

export const border = definePrismaSubgraph<BorderPrisma, BorderContext>({
  service: { name: "border", port: 4002, root: new URL("..", import.meta.url) },
  parts: { resolvers, createClient: createBorderPrisma, createLoaders },
  seed: { checksum: borderSeedChecksum, run: seedBorder },
});

export default border;
