// npm run migration:create -- <subgraph> <migration_name>: the next migration of a
// subgraph from the change in its schema.prisma and the kit's shared tables (the
// kit's createMigration, which a department also runs in its own package as
// `npm run migration:create -- <name>`).
// npm run migration:create -- --all <migration_name>: the same for every subgraph, after
// a change to the kit's shared tables (subgraphs/kit/prisma/shared.prisma): one source,
// and each department's migration history gets the SQL for its own schema, so Prisma's
// own `prisma migrate deploy` still applies a department's history alone.
import path from "node:path";
import { createMigration } from "@gcm-hub/kit/migration-create";
import { departmentPrismaSchema } from "@gcm-hub/kit/prisma-schema";
import { SUBGRAPH_NAMES } from "../subgraphs/registry.js";
import { subgraphArgument, subgraphDir } from "./subgraph-names.js";

const USAGE = "npm run migration:create -- <subgraph> <migration_name>   (or --all <migration_name>)";
const subgraphs = process.argv[2] === "--all" ? SUBGRAPH_NAMES : [subgraphArgument(process.argv[2], USAGE)];
const name = process.argv[3] ?? "";
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error(`Migration name must be lower_snake_case, got "${name}".\nUsage: ${USAGE}`);
  process.exit(2);
}
for (const subgraph of subgraphs) {
  // The schema Prisma reads (see the subgraph's prisma.config.ts): schema.prisma and the kit's shared tables.
  const prismaDir = departmentPrismaSchema(subgraphDir(subgraph), subgraph);
  const file = await createMigration({ schema: subgraph, schemaPath: prismaDir, migrationsDir: path.join(prismaDir, "migrations"), name });
  console.log(file ? `Wrote ${path.relative(process.cwd(), file)}. Review it, then commit it.` : `No changes in ${subgraph}'s schema.prisma since the last migration; nothing written.`);
}
