// The border subgraph: its schema, resolvers, Prisma client, migrations and seed.
// No listen here; main.ts, the all-in-one start and the tests decide where it runs.
import { definePrismaSubgraph } from "@gcm-hub/kit";
import { borderSeedChecksum, seedBorder } from "../prisma/seed.js";
import type { BorderContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createBorderPrisma, type BorderPrisma } from "./prisma.js";
import { resolvers } from "./generated/resolvers.js";

export const border = definePrismaSubgraph<BorderPrisma, BorderContext>({
  name: "border",
  port: 4002,
  schema: new URL("../schema.graphql", import.meta.url),
  migrations: new URL("../prisma/migrations", import.meta.url),
  resolvers,
  createClient: createBorderPrisma,
  createContext: (base, prisma) => ({ ...base, prisma, loaders: createLoaders(prisma, base.caller) }),
  seed: { checksum: borderSeedChecksum, run: seedBorder },
});

export default border;
