// The labour subgraph: its schema, resolvers, Prisma client, migrations and seed.
// No listen here; main.ts, the all-in-one start and the tests decide where it runs.
import { definePrismaSubgraph } from "@gcm-hub/kit";
import { labourSeedChecksum, seedLabour } from "../prisma/seed.js";
import type { LabourContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createLabourPrisma, type LabourPrisma } from "./prisma.js";
import { resolvers } from "./generated/resolvers.js";

export const labour = definePrismaSubgraph<LabourPrisma, LabourContext>({
  service: { name: "labour", port: 4005, root: new URL("..", import.meta.url) },
  parts: { resolvers, createClient: createLabourPrisma, createLoaders },
  seed: { checksum: labourSeedChecksum, run: seedLabour },
});

export default labour;
