// The one place a subgraph reads its environment. Parsed once, validated, frozen;
// a bad value stops the process with a message that names the variable.
import path from "node:path";
import type { JWK } from "jose";
import { developmentGatewayKeys, isLoopbackHost, parsePublicKeys } from "./requestCredential.js";

export type NodeEnv = "development" | "production" | "test";
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

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
}

export class ConfigError extends Error {
  constructor(variable: string, reason: string) {
    super(`Invalid configuration: ${variable} ${reason}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

/** Reads configuration at start-up: a bad value ends the process with its message (exit 1), not a stack trace. */
export function readConfigOrExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const NODE_ENVS: readonly NodeEnv[] = ["development", "production", "test"];
const LOG_LEVELS: readonly LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

export function parsePort(env: Env, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(variable, `must be an integer port between 0 and 65535, got "${raw}"`);
  }
  return port;
}

export function parseOneOf<T extends string>(env: Env, variable: string, allowed: readonly T[], fallback: T): T {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(variable, `must be one of ${allowed.join(", ")}, got "${raw}"`);
  }
  return raw as T;
}

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

/**
 * Refuses development keys and secrets where they would be reachable from elsewhere:
 * in production, or on a HOST that is not a loopback address.
 */
export function assertDevelopmentAllowed(variable: string, what: string, nodeEnv: NodeEnv, host: string): void {
  if (nodeEnv === "production") throw new ConfigError(variable, `is required in production (${what})`);
  if (!isLoopbackHost(host)) {
    throw new ConfigError(variable, `must be set when HOST is ${host}, which is not a loopback address (${what}); development keys are accepted only on 127.0.0.1, ::1 or localhost`);
  }
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

/** HUB_DATA_DIR, absolute; default ./.data. */
export function parseDataDir(env: Env): string {
  return path.resolve(env.HUB_DATA_DIR || ".data");
}

export function readSubgraphConfig(defaultPort: number, env: Env = process.env): SubgraphConfig {
  const nodeEnv = parseOneOf(env, "NODE_ENV", NODE_ENVS, "development");
  const host = env.HOST || "127.0.0.1";
  const dataDir = parseDataDir(env);
  return Object.freeze({
    port: parsePort(env, "PORT", defaultPort),
    host,
    databaseUrl: parseDatabaseUrl(env),
    dataDir,
    nodeEnv,
    logLevel: parseOneOf(env, "LOG_LEVEL", LOG_LEVELS, nodeEnv === "test" ? "warn" : "info"),
    gatewayKeys: Object.freeze(parseGatewayPublicKeys(env, nodeEnv, host, dataDir)),
  });
}
