// Applies committed Prisma-format migrations (prisma/migrations/<name>/migration.sql)
// the way `prisma migrate deploy` does: same `_prisma_migrations` table and columns,
// sha256 checksums, the same advisory lock, refusal on a failed migration. Operators
// with Prisma's native engine can therefore keep using Prisma's own commands.
// The table lives in the subgraph's own schema, so subgraphs migrate independently
// (Prisma does the same when DATABASE_URL carries `?schema=<subgraph>`).
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import type { SqlSession } from "./database.js";

/** Prisma's migrate advisory lock key. */
export const PRISMA_MIGRATE_LOCK = 72707369;

export interface MigrationRecord {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function migrationsTableDdl(schema: string): string {
  return `CREATE TABLE IF NOT EXISTS "${schema}"."_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;
}

/** Migration folder names in the order Prisma applies them (lexicographic). */
export function listMigrations(migrationsDir: string): string[] {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

export function checksumOf(script: string): string {
  return crypto.createHash("sha256").update(script).digest("hex");
}

export interface MigrateOptions {
  schema: string;
  migrationsDir: string;
  onApplied?: (name: string) => void;
  onWarning?: (message: string) => void;
}

/** The schema's name, checked before it is written into SQL. */
export function assertSchemaName(schema: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new MigrationError(`Invalid schema name "${schema}"`);
}

/** Each local migration's name, script and checksum, in the order Prisma applies them. */
function readLocalMigrations(migrationsDir: string): { name: string; script: string; checksum: string }[] {
  return listMigrations(migrationsDir).map((name) => {
    const script = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
    return { name, script, checksum: checksumOf(script) };
  });
}

/**
 * Whether migrateDeploy would find nothing to do and nothing to say in a schema with
 * these `_prisma_migrations` rows: every local migration applied and unchanged, none failed.
 */
export function isUpToDate(rows: readonly MigrationRecord[], migrationsDir: string): boolean {
  if (failedMigrations(rows).length > 0) return false;
  const applied = appliedChecksums(rows);
  return readLocalMigrations(migrationsDir).every(({ name, checksum }) => applied.get(name) === checksum);
}

/** Migrations started and neither finished nor rolled back (Prisma's P3009). */
function failedMigrations(rows: readonly MigrationRecord[]): MigrationRecord[] {
  return rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
}

/** Each finished migration's checksum, by name. */
function appliedChecksums(rows: readonly MigrationRecord[]): Map<string, string> {
  return new Map(rows.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row.checksum]));
}

/** Applies pending migrations; returns the names applied, in order. */
export async function migrateDeploy(session: SqlSession, options: MigrateOptions): Promise<string[]> {
  const { schema, migrationsDir } = options;
  assertSchemaName(schema);
  const local = readLocalMigrations(migrationsDir);
  await session.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK})`);
  try {
    await session.exec(`CREATE SCHEMA IF NOT EXISTS "${schema}"; ${migrationsTableDdl(schema)}`);
    const { rows } = await session.query<MigrationRecord>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "${schema}"."_prisma_migrations" ORDER BY started_at`,
    );
    const failed = failedMigrations(rows);
    if (failed.length > 0) {
      throw new MigrationError(
        `P3009: the ${schema} schema has failed migrations: ${failed.map((row) => row.migration_name).join(", ")}. ` +
          "Resolve them (prisma migrate resolve) before starting.",
      );
    }
    const applied = appliedChecksums(rows);
    const done: string[] = [];
    for (const { name, script, checksum } of local) {
      if (applied.has(name)) {
        if (applied.get(name) !== checksum) options.onWarning?.(`migration ${name} was modified after it was applied`);
        continue;
      }
      await applyOne(session, schema, name, script, checksum);
      done.push(name);
      options.onApplied?.(name);
    }
    return done;
  } finally {
    await session.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATE_LOCK})`);
  }
}

async function applyOne(session: SqlSession, schema: string, name: string, script: string, checksum: string) {
  const table = `"${schema}"."_prisma_migrations"`;
  const id = crypto.randomUUID();
  await session.query(
    `INSERT INTO ${table} (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
    [id, checksum, name],
  );
  try {
    await session.exec(script);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await session.query(`UPDATE ${table} SET logs = $2 WHERE id = $1`, [id, reason]);
    throw new MigrationError(`Migration ${name} failed in schema ${schema}: ${reason}`);
  }
  await session.query(
    `UPDATE ${table} SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1`,
    [id],
  );
}
