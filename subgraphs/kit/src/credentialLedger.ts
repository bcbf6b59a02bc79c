// A mutation's gateway credential is accepted once: its id is recorded in the
// subgraph's database before the mutation runs, under a primary key, so a replay is
// refused by every replica that shares the database. Kept in the kit's own `hub`
// schema (like the seed bookkeeping), outside every Prisma schema. Ids are kept a
// little past their expiry, after which the credential is refused as expired anyway.
import type { SqlSession, SubgraphDatabase } from "./database.js";

const LEDGER_TABLE = `"hub"."credential_use"`;
/** Expired ids are swept on every this many recordings. */
const SWEEP_EVERY = 200;

export interface CredentialLedger {
  /** Records the credential; false when it was recorded before (a replay). */
  accept(id: string, expiresAt: Date): Promise<boolean>;
}

export async function ensureCredentialLedger(session: SqlSession): Promise<void> {
  await session.exec(
    `CREATE SCHEMA IF NOT EXISTS "hub";
     CREATE TABLE IF NOT EXISTS ${LEDGER_TABLE} (
       subgraph TEXT NOT NULL, id TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL,
       PRIMARY KEY (subgraph, id))`,
  );
}

export function credentialLedger(database: SubgraphDatabase, subgraph: string): CredentialLedger {
  let recorded = 0;
  return {
    accept(id, expiresAt) {
      return database.withSession(async (session) => {
        recorded += 1;
        if (recorded % SWEEP_EVERY === 0) {
          await session.query(`DELETE FROM ${LEDGER_TABLE} WHERE subgraph = $1 AND expires_at < now() - interval '1 minute'`, [subgraph]);
        }
        const { rows } = await session.query(
          `INSERT INTO ${LEDGER_TABLE} (subgraph, id, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
          [subgraph, id, expiresAt.toISOString()],
        );
        return rows.length === 1;
      });
    },
  };
}
