// Database client factory: embedded PGlite (one instance shared by every subgraph
// in the process, a PostgreSQL schema each) or PostgreSQL through node-postgres.
// Subgraphs hand `adapter` to their own generated PrismaClient.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Logger } from "@gcm-hub/platform";
import { statementNames, withPreparedStatements } from "./preparedStatements.js";

/** One database session: what migrations and seed bookkeeping need. */
export interface SqlSession {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Runs a multi-statement script. */
  exec(sql: string): Promise<void>;
}

export type PrismaAdapterFactory = PrismaPGlite | PrismaPg;

export interface SubgraphDatabase {
  readonly kind: "pglite" | "postgresql";
  /** Driver adapter for the subgraph's own generated PrismaClient. */
  readonly adapter: PrismaAdapterFactory;
  /** Runs `work` on one session (the advisory lock of migrations needs one). */
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Resolves when the database answers; rejects with the reason otherwise. */
  ping(timeoutMs?: number): Promise<void>;
  /** Connection pool counts (PostgreSQL); absent for the embedded database. */
  poolStats?(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

const PING_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------- PostgreSQL

export interface PostgresOptions {
  url: string;
  log: Logger;
  /** Connections in the pool; default 10. */
  maxConnections?: number;
}

export function openPostgresDatabase({ url, log, maxConnections = 10 }: PostgresOptions): SubgraphDatabase {
  // Idle connections are kept 5 minutes (pg's default: 10 s), with TCP keep-alive: a new one
  // costs a host-name lookup, a TLS and SCRAM handshake and its prepared statements again,
  // and the lookup can stall while the container network is reconfigured (the likely cause of
  // a read that outlasted the gateway's 5 s timeout in the compose stack, right after another
  // department's container was killed: the gateway's own connections and lookups were fine).
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, connectionTimeoutMillis: 5000, idleTimeoutMillis: 300_000, keepAlive: true });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on("error", (error) => log.warn({ err: error.message }, "idle database connection lost"));
  return {
    kind: "postgresql",
    adapter: new PrismaPg(pool, { statementNameGenerator: statementNames() }),
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work({
          query: async <Row,>(sql: string, params?: unknown[]) => (await client.query(sql, params)) as unknown as { rows: Row[] },
          exec: async (sql) => void (await client.query(sql)),
        });
      } finally {
        client.release();
      }
    },
    ping: (timeoutMs = PING_TIMEOUT_MS) => withTimeout(pool.query("SELECT 1").then(() => undefined), timeoutMs, "PostgreSQL"),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
  };
}

// ---------------------------------------------------------------- PGlite

export interface EmbeddedDatabase {
  /** True when this open created the database (first start: initdb ran). */
  readonly created: boolean;
  /** A view of the shared instance for one subgraph. Closing it does not close the instance. */
  forSubgraph(): SubgraphDatabase;
  close(): Promise<void>;
}

export interface EmbeddedOptions {
  /**
   * A folder for a newly initialised cluster of this PGlite version, as a tarball: a new
   * database folder is unpacked from it instead of running initdb (1.1 s of CPU instead of
   * 4.3 s, measured at load 8.5), and the first initdb writes it. Absent: initdb every time.
   */
  templateDir?: string;
}

/** The tarball of a newly initialised cluster of the installed PGlite, in `templateDir`. */
function clusterTemplate(templateDir: string): string {
  // Its package.json is not among its exports: read beside its entry module.
  const entry = fileURLToPath(import.meta.resolve("@electric-sql/pglite"));
  const { version } = JSON.parse(fs.readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8")) as { version: string };
  return path.join(templateDir, `pglite-${version}-cluster.tar`);
}

/** Written whole (a temporary file renamed), so that a start reading it at the same moment sees all of it or none. */
async function saveClusterTemplate(pglite: PGlite, template: string): Promise<void> {
  const temporary = `${template}.${process.pid}.tmp`;
  try {
    const dump = await pglite.dumpDataDir("none");
    fs.mkdirSync(path.dirname(template), { recursive: true });
    fs.writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(temporary, template);
  } catch {
    fs.rmSync(temporary, { force: true }); // no template: the next new folder runs initdb
  }
}

/**
 * Opens PGlite persisted under `dataDir`, or in memory when `dataDir` is null.
 * PGlite is single-process: a lock file refuses a second process on the same folder.
 */
export async function openEmbeddedDatabase(dataDir: string | null, { templateDir }: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  let release = () => {};
  let created = true;
  let pglite: PGlite;
  if (dataDir === null) {
    pglite = await PGlite.create();
  } else {
    const folder = path.join(dataDir, "pglite");
    created = !fs.existsSync(path.join(folder, "PG_VERSION"));
    fs.mkdirSync(folder, { recursive: true });
    release = lockDataDir(dataDir);
    const template = created && templateDir !== undefined ? clusterTemplate(templateDir) : undefined;
    let fromTemplate = template !== undefined && fs.existsSync(template);
    try {
      pglite = await PGlite.create(folder, fromTemplate ? { loadDataDir: new Blob([fs.readFileSync(template!)]) } : {}).catch((error: unknown) => {
        if (!fromTemplate) throw error;
        // A template this PGlite cannot start from (damaged): initdb as without one, and a new template.
        fromTemplate = false;
        fs.rmSync(folder, { recursive: true, force: true });
        fs.mkdirSync(folder, { recursive: true });
        return PGlite.create(folder);
      });
    } catch (error) {
      release();
      throw new Error(`Cannot open the embedded database in ${folder}: ${(error as Error).message}`);
    }
    if (template !== undefined && !fromTemplate) await saveClusterTemplate(pglite, template);
  }
  let closed = false;
  const prepared = withPreparedStatements(pglite);
  return {
    created,
    forSubgraph: () => ({
      kind: "pglite",
      adapter: new PrismaPGlite(prepared),
      withSession: (work) =>
        work({
          query: async (sql, params) => pglite.query(sql, params as unknown[]) as Promise<{ rows: never[] }>,
          exec: async (sql) => void (await pglite.exec(sql)),
        }),
      ping: (timeoutMs = PING_TIMEOUT_MS) => withTimeout(pglite.query("SELECT 1").then(() => undefined), timeoutMs, "PGlite"),
      close: async () => {},
    }),
    async close() {
      if (closed) return;
      closed = true;
      await pglite.close();
      release();
    },
  };
}

/** Refuses when another live process holds the data folder; returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "hub.lock");
  const holder = fs.existsSync(lockFile) ? Number(fs.readFileSync(lockFile, "utf8")) : NaN;
  if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${holder}. ` +
        "Stop that process, or set HUB_DATA_DIR to another folder.",
    );
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
