// The labour subgraph: its schema, resolvers, Prisma client, migrations and seed.
// No listen here; main.ts, the all-in-one start and the tests decide where it runs.
import { definePrismaSubgraph } from "@gcm-hub/kit";
import { labourSeedChecksum, seedLabour } from "../prisma/seed.js";
import type { LabourContext } from "./context.js";
import { createLoaders } from "./loaders.js";
import { createLabourPrisma, type LabourPrisma } from "./prisma.js";
import { resolvers } from "./generated/resolvers.js";

export const labour = definePrismaSubgraph<LabourPrisma, LabourContext>({
  name: "labour",
  port: 4005,
  schema: new URL("../schema.graphql", import.meta.url),
  migrations: new URL("../prisma/migrations", import.meta.url),
  resolvers,
  createClient: createLabourPrisma,
  createContext: (base, prisma) => ({ ...base, prisma, loaders: createLoaders(prisma, base.caller) }),
  seed: { checksum: labourSeedChecksum, run: seedLabour },
});

export default labour;
