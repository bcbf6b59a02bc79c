import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checksumOf, createLogger, isPrepared, migrateDeploy, MigrationError, prepareDatabase, type SqlSession, type SubgraphDatabase, type SubgraphDefinition, type SubgraphInstance } from "../src/index.js";
import { openTestDatabase, type TestDatabase } from "../src/testing.js";

let testDatabase: TestDatabase;
let migrationsDir: string;

function writeMigration(name: string, sql: string) {
  fs.mkdirSync(path.join(migrationsDir, name), { recursive: true });
  fs.writeFileSync(path.join(migrationsDir, name, "migration.sql"), sql);
}

function onSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
  return testDatabase.open().withSession(work);
}

beforeEach(async () => {
  testDatabase = await openTestDatabase();
  migrationsDir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-migrations-"));
});
afterEach(async () => {
  await testDatabase.close();
  fs.rmSync(migrationsDir, { recursive: true, force: true });
});

describe("migrateDeploy", () => {
  it("applies pending migrations in name order and records them as prisma migrate deploy does", async () => {
    writeMigration("20260102000000_second", 'ALTER TABLE "lab"."thing" ADD COLUMN "label" TEXT;');
    writeMigration("20260101000000_first", 'CREATE TABLE "lab"."thing" ("id" INTEGER PRIMARY KEY);');
    const applied = await onSession((session) => migrateDeploy(session, { schema: "lab", migrationsDir }));
    expect(applied).toEqual(["20260101000000_first", "20260102000000_second"]);

    const { rows } = await onSession((session) =>
      session.query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: unknown; logs: unknown }>(
        'SELECT migration_name, checksum, applied_steps_count, finished_at, logs FROM "lab"."_prisma_migrations" ORDER BY migration_name',
      ),
    );
    expect(rows.map((row) => row.migration_name)).toEqual(applied);
    expect(rows[0]!.checksum).toBe(checksumOf('CREATE TABLE "lab"."thing" ("id" INTEGER PRIMARY KEY);'));
    expect(rows.every((row) => row.applied_steps_count === 1 && row.finished_at !== null && row.logs === null)).toBe(true);
  });

  it("is idempotent: a second run applies nothing", async () => {
    writeMigration("20260101000000_first", 'CREATE TABLE "lab"."thing" ("id" INTEGER PRIMARY KEY);');
    await onSession((session) => migrateDeploy(session, { schema: "lab", migrationsDir }));
    expect(await onSession((session) => migrateDeploy(session, { schema: "lab", migrationsDir }))).toEqual([]);
  });

  it("warns when an applied migration was edited afterwards", async () => {
    writeMigration("20260101000000_first", 'CREATE TABLE "lab"."thing" ("id" INTEGER PRIMARY KEY);');
    await onSession((session) => migrateDeploy(session, { schema: "lab", migrationsDir }));
    writeMigration("20260101000000_first", 'CREATE TABLE "lab"."thing" ("id" BIGINT PRIMARY KEY);');
    const warnings: string[] = [];
    await onSession((session) => migrateDeploy(session, { schema: "lab", migrationsDir, onWarning: (message) => warnings.push(message) }));
    expect(warnings).toEqual(["migration 20260101000000_first was modified after it was applied"]);
  });

  it("records a failed migration with its error and refuses to run until it is resolved (P3009)", async () => {
    writeMigration("20260101000000_broken", 'CREATE TABLE "lab"."thing" ("id" INTEGER PRIMARY KEY); SELECT * FROM "lab"."missing";');
    await expect(onSession((session) => migrateDeploy(session, { schema: "lab", migrationsDir }))).rejects.toThrow(
      /Migration 20260101000000_broken failed in schema lab: .*missing/,
    );
    const { rows } = await onSession((session) =>
      session.query<{ finished_at: unknown; logs: string }>('SELECT finished_at, logs FROM "lab"."_prisma_migrations"'),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.finished_at).toBeNull();
    expect(rows[0]!.logs).toContain("missing");
    await expect(onSession((session) => migrateDeploy(session, { schema: "lab", migrationsDir }))).rejects.toBeInstanceOf(MigrationError);
    await expect(onSession((session) => migrateDeploy(session, { schema: "lab", migrationsDir }))).rejects.toThrow(/P3009/);
  });

  it("keeps each schema's history apart, so subgraphs migrate independently", async () => {
    writeMigration("20260101000000_first", 'CREATE TABLE IF NOT EXISTS "one"."thing" ("id" INTEGER PRIMARY KEY);');
    await onSession((session) => migrateDeploy(session, { schema: "one", migrationsDir }));
    const { rows } = await onSession((session) =>
      session.query<{ count: number }>(
        "SELECT count(*)::int AS count FROM information_schema.tables WHERE table_name = '_prisma_migrations' AND table_schema = 'two'",
      ),
    );
    expect(rows[0]!.count).toBe(0);
  });

  it("refuses a schema name that is not a plain identifier", async () => {
    await expect(onSession((session) => migrateDeploy(session, { schema: 'x"; DROP', migrationsDir }))).rejects.toThrow(/Invalid schema name/);
  });
});

describe("prepareDatabase on a warm start", () => {
  const log = createLogger("test", "silent");
  const definition = (): SubgraphDefinition => ({ name: "lab", port: 0, migrationsDir, create: () => Promise.reject(new Error("not used")) });
  const instance = (checksum: string, seeds: string[]): SubgraphInstance => ({
    server: undefined as never,
    seed: { checksum, run: async () => (seeds.push(checksum), "seeded") },
    close: async () => {},
  });
  /** The database, with each statement its sessions run noted. */
  function counted(statements: string[]): SubgraphDatabase {
    const database = testDatabase.open();
    return {
      ...database,
      withSession: (work) =>
        database.withSession((session) =>
          work({
            query: (sql, params) => (statements.push(sql), session.query(sql, params)),
            exec: (sql) => (statements.push(sql), session.exec(sql)),
          }),
        ),
    };
  }

  it("checks a prepared schema in one statement, and neither migrates nor seeds it again", async () => {
    writeMigration("20260101000000_first", 'CREATE TABLE "lab"."thing" ("id" INTEGER PRIMARY KEY);');
    const seeds: string[] = [];
    expect(await prepareDatabase(definition(), testDatabase.open(), instance("seed-1", seeds), log)).toBe(true);
    const statements: string[] = [];
    expect(await prepareDatabase(definition(), counted(statements), instance("seed-1", seeds), log)).toBe(false);
    expect(statements).toHaveLength(1);
    expect(seeds).toEqual(["seed-1"]);
  });

  it("still applies a new migration, warns about an edited one and seeds a changed seed", async () => {
    writeMigration("20260101000000_first", 'CREATE TABLE "lab"."thing" ("id" INTEGER PRIMARY KEY);');
    const seeds: string[] = [];
    await prepareDatabase(definition(), testDatabase.open(), instance("seed-1", seeds), log);
    writeMigration("20260102000000_second", 'ALTER TABLE "lab"."thing" ADD COLUMN "label" TEXT;');
    expect(await prepareDatabase(definition(), testDatabase.open(), instance("seed-2", seeds), log)).toBe(true);
    const { rows } = await onSession((session) => session.query<{ migration_name: string }>('SELECT migration_name FROM "lab"."_prisma_migrations" ORDER BY migration_name'));
    expect(rows.map((row) => row.migration_name)).toEqual(["20260101000000_first", "20260102000000_second"]);
    expect(seeds).toEqual(["seed-1", "seed-2"]);

    writeMigration("20260101000000_first", 'CREATE TABLE "lab"."thing" ("id" BIGINT PRIMARY KEY);');
    const warnings: string[] = [];
    const listening = { ...log, warn: (message: unknown) => void warnings.push(String(message)) } as unknown as typeof log;
    expect(await isPrepared(definition(), testDatabase.open(), "seed-2")).toBe(false);
    // Only a warning: nothing applied, nothing seeded.
    expect(await prepareDatabase(definition(), testDatabase.open(), instance("seed-2", seeds), listening)).toBe(false);
    expect(warnings).toEqual(["migration 20260101000000_first was modified after it was applied"]);
  });

  it("still refuses a schema with a failed migration (P3009)", async () => {
    writeMigration("20260101000000_first", 'CREATE TABLE "lab"."thing" ("id" INTEGER PRIMARY KEY);');
    await prepareDatabase(definition(), testDatabase.open(), instance("seed-1", []), log);
    await onSession((session) =>
      session.query(`INSERT INTO "lab"."_prisma_migrations" (id, checksum, migration_name) VALUES ('failed', 'x', '20260103000000_broken')`),
    );
    expect(await isPrepared(definition(), testDatabase.open(), "seed-1")).toBe(false);
    await expect(prepareDatabase(definition(), testDatabase.open(), instance("seed-1", []), log)).rejects.toThrow(/P3009/);
  });

  it("says not prepared on a new database, without an error", async () => {
    expect(await isPrepared(definition(), testDatabase.open(), "seed-1")).toBe(false);
  });
});
