// The diaspora subgraph: its schema, resolvers, Prisma client, migrations and seed.
// No listen here; main.ts, the all-in-one start and the tests decide where it runs.
import { definePrismaSubgraph } from "@gcm-hub/kit";
import { diasporaSeedChecksum, seedDiaspora } from "../prisma/seed.js";
import type { DiasporaContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createDiasporaPrisma, type DiasporaPrisma } from "./prisma.js";
import { resolvers } from "./generated/resolvers.js";

export const diaspora = definePrismaSubgraph<DiasporaPrisma, DiasporaContext>({
  service: { name: "diaspora", port: 4004, root: new URL("..", import.meta.url) },
  parts: { resolvers, createClient: createDiasporaPrisma, createLoaders },
  seed: { checksum: diasporaSeedChecksum, run: seedDiaspora },
});

export default diaspora;
