// npm run db:reset: wipes the hub's data and reseeds from the report.
// Embedded: deletes HUB_DATA_DIR's database; PostgreSQL: drops each subgraph's
// schema (and the hub's seed bookkeeping), then migrates and seeds again.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createLogger, lockDataDir, openEmbeddedDatabase, openPostgresDatabase, prepareDatabase, readSubgraphConfig, type SubgraphDatabase } from "@gcm-hub/kit";
import { loadAllSubgraphs } from "../subgraphs/registry.js";

const config = readSubgraphConfig(0);
const log = createLogger("db-reset", config.logLevel);
const definitions = await loadAllSubgraphs();

let openDatabase: () => SubgraphDatabase;
let closeDatabase = async () => {};
if (config.databaseUrl) {
  const client = new pg.Client({ connectionString: config.databaseUrl });
  await client.connect();
  for (const { name } of definitions) {
    await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
    console.log(`dropped schema ${name}`);
  }
  await client.query(`DROP SCHEMA IF EXISTS "hub" CASCADE`);
  await client.end();
  const url = config.databaseUrl;
  openDatabase = () => openPostgresDatabase({ url, log });
} else {
  const folder = path.join(config.dataDir, "pglite");
  fs.mkdirSync(config.dataDir, { recursive: true });
  const release = lockDataDir(config.dataDir); // refuses while the hub runs on it
  fs.rmSync(folder, { recursive: true, force: true });
  release();
  console.log(`deleted ${folder}`);
  const embedded = await openEmbeddedDatabase(config.dataDir);
  openDatabase = () => embedded.forSubgraph();
  closeDatabase = () => embedded.close();
}

for (const definition of definitions) {
  const database = openDatabase();
  const instance = await definition.create({ database, log, readiness: async () => ({ ready: false, checks: {} }), gatewayKeys: config.gatewayKeys });
  await prepareDatabase(definition, database, instance, log);
  await instance.close();
  await database.close();
  console.log(`migrated and seeded ${definition.name}`);
}
await closeDatabase();
