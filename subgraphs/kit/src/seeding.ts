// Seeds run when their content changes, not on every start: the checksum of the
// last seed each subgraph applied is kept in the kit's own `hub` schema, outside
// every subgraph's Prisma schema so it never shows up as drift.
import crypto from "node:crypto";
import type { SqlSession } from "./database.js";

const SEED_TABLE = `"hub"."seed_run"`;

export function seedChecksum(content: unknown): string {
  return crypto.createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

async function ensureSeedTable(session: SqlSession): Promise<void> {
  await session.exec(
    `CREATE SCHEMA IF NOT EXISTS "hub";
     CREATE TABLE IF NOT EXISTS ${SEED_TABLE} (subgraph TEXT PRIMARY KEY, checksum TEXT NOT NULL, seeded_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
  );
}

export async function lastSeedChecksum(session: SqlSession, subgraph: string): Promise<string | null> {
  await ensureSeedTable(session);
  const { rows } = await session.query<{ checksum: string }>(`SELECT checksum FROM ${SEED_TABLE} WHERE subgraph = $1`, [subgraph]);
  return rows[0]?.checksum ?? null;
}

export async function recordSeed(session: SqlSession, subgraph: string, checksum: string): Promise<void> {
  await session.query(
    `INSERT INTO ${SEED_TABLE} (subgraph, checksum) VALUES ($1, $2)
     ON CONFLICT (subgraph) DO UPDATE SET checksum = EXCLUDED.checksum, seeded_at = now()`,
    [subgraph, checksum],
  );
}

export async function forgetSeed(session: SqlSession, subgraph: string): Promise<void> {
  await ensureSeedTable(session);
  await session.query(`DELETE FROM ${SEED_TABLE} WHERE subgraph = $1`, [subgraph]);
}
