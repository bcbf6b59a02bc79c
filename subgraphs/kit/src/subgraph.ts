// The shape every subgraph exports, and its lifecycle: listen first, then migrate
// and seed, retrying while the database is unreachable. /readyz tells the truth
// throughout; the process never exits because its database is down.
import type { JWK } from "jose";
import { ensureCredentialLedger } from "./credentialLedger.js";
import type { SubgraphDatabase } from "./database.js";
import type { QueryObserver } from "./prismaSubgraph.js";
import { isDatabaseUnavailable } from "./errors.js";
import type { Logger } from "@gcm-hub/platform";
import { assertSchemaName, isUpToDate, migrateDeploy, PRISMA_MIGRATE_LOCK, type MigrationRecord } from "./migrations.js";
import { lastSeedChecksum, recordSeed } from "./seeding.js";
import type { BaseContext } from "./context.js";
import type { Readiness, SubgraphServer } from "./server.js";

/** What a subgraph's server factory is given. */
export interface SubgraphEnvironment {
  database: SubgraphDatabase;
  log: Logger;
  readiness: () => Promise<Readiness>;
  /** Observer of every SQL statement the subgraph's Prisma client sends (tests count them). */
  onQuery?: QueryObserver;
  /** The gateway's public keys: a request's credential must be signed by one of them. */
  gatewayKeys: readonly JWK[];
}

/** How a subgraph is started: its logger, the gateway's public keys, and an optional SQL observer. */
export interface StartOptions {
  log: Logger;
  gatewayKeys: readonly JWK[];
  onQuery?: QueryObserver;
}

/** What a subgraph's server factory returns. */
export interface SubgraphInstance {
  server: SubgraphServer<BaseContext & any>;
  /** The report's records for this subgraph: applied when their checksum changes. */
  seed: { checksum: string; run(): Promise<string> };
  /** Releases the subgraph's database client. */
  close(): Promise<void>;
}

/** A subgraph, as the start scripts and tests see it. */
export interface SubgraphDefinition {
  /** Name in the supergraph, and its PostgreSQL schema. */
  name: string;
  /** Contract port (4001-4006). */
  port: number;
  /** Absolute path of prisma/migrations. */
  migrationsDir: string;
  create(environment: SubgraphEnvironment): Promise<SubgraphInstance>;
}

export const RETRY_FIRST_DELAY_MS = 500;
export const RETRY_MAX_DELAY_MS = 10_000;

export interface RunningSubgraph {
  readonly definition: SubgraphDefinition;
  /** The database it runs on (stop() leaves it open: its owner closes it). */
  readonly database: SubgraphDatabase;
  readonly instance: SubgraphInstance;
  /**
   * Resolves once migrated and seeded, with whether this start applied a migration or the
   * seed (a new database, or one older than the code); rejects on a non-transient failure.
   */
  readonly prepared: Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * Creates the subgraph and prepares its database in the background. The caller
 * decides when to listen (before `prepared` resolves, so /readyz can answer).
 */
export async function startSubgraph(definition: SubgraphDefinition, database: SubgraphDatabase, options: StartOptions): Promise<RunningSubgraph> {
  const { log, onQuery, gatewayKeys } = options;
  const state: { ready: boolean; problem: string } = { ready: false, problem: "migrations not applied yet" };
  let stopped = false;
  const readiness = async (): Promise<Readiness> => {
    if (!state.ready) return { ready: false, checks: { database: state.problem } };
    try {
      await database.ping();
      return { ready: true, checks: { database: "ok" } };
    } catch (error) {
      return { ready: false, checks: { database: `unreachable: ${(error as Error).message}` } };
    }
  };
  const instance = await definition.create({ database, log, readiness, onQuery, gatewayKeys });

  const prepared = (async () => {
    for (let delay = RETRY_FIRST_DELAY_MS; !stopped; delay = Math.min(delay * 2, RETRY_MAX_DELAY_MS)) {
      try {
        const changed = await prepareDatabase(definition, database, instance, log);
        state.ready = true;
        return changed;
      } catch (error) {
        if (!isDatabaseUnavailable(error)) {
          state.problem = `preparation failed: ${(error as Error).message}`;
          log.error({ err: error }, "database preparation failed; the subgraph stays not ready");
          throw error;
        }
        state.problem = `unreachable: ${(error as Error).message}`;
        log.warn({ retryInMs: delay, reason: (error as Error).message }, "database unreachable; retrying");
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
      }
    }
    return false;
  })();
  prepared.catch(() => undefined); // reported through readiness and the log

  return {
    definition,
    database,
    instance,
    prepared,
    async stop() {
      stopped = true;
      await instance.server.stop();
      await instance.close();
    },
  };
}

/**
 * A warm start's check, in one statement instead of the nine of the full preparation:
 * whether every local migration is applied unchanged, none failed, the credential ledger
 * exists and the seed is the current one. Read without the migration lock: from "prepared"
 * the database only moves on when another process applies a newer migration or seed, which
 * this process does not have. Anything else, an SQL error included (a schema or table
 * missing), says no, and the full preparation decides under the lock as before.
 */
export async function isPrepared(definition: SubgraphDefinition, database: SubgraphDatabase, seedChecksum: string): Promise<boolean> {
  assertSchemaName(definition.name);
  try {
    const { rows } = await database.withSession((session) =>
      session.query<MigrationRecord & { seed: string | null; ledger: boolean }>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at,
           (SELECT checksum FROM "hub"."seed_run" WHERE subgraph = $1) AS seed,
           to_regclass('"hub"."credential_use"') IS NOT NULL AS ledger
         FROM "${definition.name}"."_prisma_migrations"`,
        [definition.name],
      ),
    );
    return rows.length > 0 && rows[0]!.ledger && rows[0]!.seed === seedChecksum && isUpToDate(rows, definition.migrationsDir);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error; // retried as before, not tried twice
    return false;
  }
}

/** Migrates, then seeds when the seed changed since the last run; says whether it applied a migration or the seed. */
export async function prepareDatabase(
  definition: SubgraphDefinition,
  database: SubgraphDatabase,
  instance: SubgraphInstance,
  log: Logger,
): Promise<boolean> {
  if (await isPrepared(definition, database, instance.seed.checksum)) return false;
  const { applied, previousSeed } = await database.withSession(async (session) => {
    // Held across migration and seed bookkeeping so that subgraphs sharing one
    // PostgreSQL database never race to create the same schema.
    await session.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK})`);
    try {
      const applied = await migrateDeploy(session, {
        schema: definition.name,
        migrationsDir: definition.migrationsDir,
        onApplied: (name) => log.info({ migration: name }, "migration applied"),
        onWarning: (message) => log.warn(message),
      });
      await ensureCredentialLedger(session);
      return { applied, previousSeed: await lastSeedChecksum(session, definition.name) };
    } finally {
      await session.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATE_LOCK})`);
    }
  });
  if (previousSeed === instance.seed.checksum) return applied.length > 0;
  const summary = await instance.seed.run();
  await database.withSession((session) => recordSeed(session, definition.name, instance.seed.checksum));
  log.info({ summary }, "seeded from the report");
  return true;
}
