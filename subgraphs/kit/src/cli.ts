// gcm-hub-subgraph: the commands a department runs in its own package, whatever
// repository it lives in. The subgraph is the default export of ./src/server.ts.
//   gcm-hub-subgraph migration:create <name>   next migration from prisma/schema.prisma and the kit's shared tables
//   gcm-hub-subgraph seed                      migrate and seed its database (DATABASE_URL, else embedded)
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createLogger, readConfigOrExit } from "@gcm-hub/platform";
import { readSubgraphConfig } from "./config.js";
import { openEmbeddedDatabase, openPostgresDatabase } from "./database.js";
import { createMigration } from "./migrationCreate.js";
import { departmentPrismaSchema } from "./prismaSchema.js";
import { prepareDatabase, type SubgraphDefinition } from "./subgraph.js";

const USAGE = "usage: gcm-hub-subgraph migration:create <name> | seed   (run in a subgraph's package)";

async function loadDefinition(): Promise<SubgraphDefinition> {
  const file = path.resolve("src/server.ts");
  const module = (await import(pathToFileURL(file).href)) as { default?: SubgraphDefinition };
  if (!module.default) throw new Error(`${file} has no default export; export the subgraph's definition as default`);
  return module.default;
}

async function migrationCreate(name: string | undefined): Promise<void> {
  const definition = await loadDefinition();
  const schemaPath = departmentPrismaSchema(process.cwd(), definition.name);
  const file = await createMigration({ schema: definition.name, schemaPath, migrationsDir: definition.migrationsDir, name: name ?? "" });
  console.log(file ? `Wrote ${path.relative(process.cwd(), file)}. Review it, then commit it.` : "No changes in prisma/schema.prisma since the last migration; nothing written.");
}

async function seed(): Promise<void> {
  const definition = await loadDefinition();
  const config = readConfigOrExit(() => readSubgraphConfig(definition.port));
  const log = createLogger(definition.name, config.logLevel);
  const embedded = config.databaseUrl ? undefined : await openEmbeddedDatabase(path.join(config.dataDir, definition.name));
  const database = embedded ? embedded.forSubgraph() : openPostgresDatabase({ url: config.databaseUrl!, log });
  const instance = await definition.create({ database, log, readiness: async () => ({ ready: false, checks: {} }), gatewayKeys: config.gatewayKeys });
  try {
    await prepareDatabase(definition, database, instance, log);
    console.log(`${definition.name}: migrated and seeded (${database.kind})`);
  } finally {
    await instance.close();
    await database.close();
    await embedded?.close();
  }
}

const [command, argument] = process.argv.slice(2);
try {
  if (command === "migration:create") await migrationCreate(argument);
  else if (command === "seed") await seed();
  else {
    console.error(USAGE);
    process.exitCode = 2;
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
