// The one place a subgraph reads its environment. Parsed once, validated, frozen;
// a bad value stops the process with a message that names the variable.
import type { JWK } from "jose";
import {
  assertDevelopmentAllowed,
  ConfigError,
  developmentGatewayKeys,
  LOG_LEVELS,
  NODE_ENVS,
  parseDataDir,
  parseOneOf,
  parsePort,
  parsePublicKeys,
  parseWorkers,
  type Env,
  type LogLevel,
  type NodeEnv,
} from "@gcm-hub/platform";

export interface SubgraphConfig {
  /** Port to listen on (PORT); defaults to the subgraph's contract port. */
  readonly port: number;
  /** Host to bind (HOST); default 127.0.0.1. */
  readonly host: string;
  /** PostgreSQL URL (DATABASE_URL); absent means embedded PGlite. */
  readonly databaseUrl: string | undefined;
  /** Folder for the embedded database (HUB_DATA_DIR); default ./.data. */
  readonly dataDir: string;
  readonly nodeEnv: NodeEnv;
  /** LOG_LEVEL; default info (warn under test). */
  readonly logLevel: LogLevel;
  /**
   * HUB_GATEWAY_PUBLIC_KEYS: the gateway's public keys (a JWKS); a request's credential
   * must be signed by one of them. Unset, and only on a loopback HOST outside
   * production: the development key under HUB_DATA_DIR.
   */
  readonly gatewayKeys: readonly JWK[];
  /**
   * SUBGRAPH_WORKERS: serve with this many worker processes behind one port (node's
   * cluster module; SIGHUP rolls them one at a time). Unset: one process, no cluster.
   * Needs DATABASE_URL: an embedded database has one process at a time.
   */
  readonly workers: number | null;
  /**
   * DATABASE_START_TIMEOUT_MS: how long a process starting on DATABASE_URL waits for its
   * database to answer before it stops, naming DATABASE_URL; default
   * DEFAULT_DATABASE_START_TIMEOUT_MS (60 s). Once it has answered, outages are waited out.
   */
  readonly databaseStartTimeoutMs: number;
}

export const DEFAULT_DATABASE_START_TIMEOUT_MS = 60_000;

export function parseDatabaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("DATABASE_URL", "is not a valid URL (expected postgresql://user@host:port/database)");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new ConfigError("DATABASE_URL", `must use the postgresql:// scheme, got "${url.protocol}"`);
  }
  return raw;
}

/** HUB_GATEWAY_PUBLIC_KEYS, or the development key where it is allowed. */
export function parseGatewayPublicKeys(env: Env, nodeEnv: NodeEnv, host: string, dataDir: string): JWK[] {
  const raw = env.HUB_GATEWAY_PUBLIC_KEYS?.trim();
  if (!raw) {
    assertDevelopmentAllowed("HUB_GATEWAY_PUBLIC_KEYS", "the gateway's public keys, as `npm run keys` prints them", nodeEnv, host);
    return [developmentGatewayKeys(dataDir).publicKey];
  }
  try {
    return parsePublicKeys(raw);
  } catch (error) {
    throw new ConfigError("HUB_GATEWAY_PUBLIC_KEYS", (error as Error).message);
  }
}

export function readSubgraphConfig(defaultPort: number, env: Env = process.env): SubgraphConfig {
  const nodeEnv = parseOneOf(env, "NODE_ENV", NODE_ENVS, "development");
  const host = env.HOST || "127.0.0.1";
  const dataDir = parseDataDir(env);
  const databaseUrl = parseDatabaseUrl(env);
  const workers = parseWorkers(env, "SUBGRAPH_WORKERS");
  if (workers !== null && !databaseUrl) throw new ConfigError("SUBGRAPH_WORKERS", "needs DATABASE_URL: the embedded database serves one process at a time");
  return Object.freeze({
    port: parsePort(env, "PORT", defaultPort),
    host,
    databaseUrl,
    dataDir,
    nodeEnv,
    logLevel: parseOneOf(env, "LOG_LEVEL", LOG_LEVELS, nodeEnv === "test" ? "warn" : "info"),
    gatewayKeys: Object.freeze(parseGatewayPublicKeys(env, nodeEnv, host, dataDir)),
    workers,
    databaseStartTimeoutMs: parseDatabaseStartTimeout(env),
  });
}

function parseDatabaseStartTimeout(env: Env): number {
  const raw = env.DATABASE_START_TIMEOUT_MS;
  if (raw === undefined || raw === "") return DEFAULT_DATABASE_START_TIMEOUT_MS;
  const timeout = Number(raw);
  if (!Number.isInteger(timeout) || timeout < 1000 || timeout > 3_600_000) {
    throw new ConfigError("DATABASE_START_TIMEOUT_MS", `must be an integer from 1000 to 3600000 (milliseconds), got "${raw}"`);
  }
  return timeout;
}
