// The one place a subgraph reads its environment. Parsed once, validated, frozen;
// a bad value stops the process with a message that names the variable.
import path from "node:path";

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
  /** HUB_GATEWAY_SECRETS: comma-separated; requests must be signed with one of them. */
  readonly gatewaySecrets: readonly string[];
}

export class ConfigError extends Error {
  constructor(variable: string, reason: string) {
    super(`Invalid configuration: ${variable} ${reason}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

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

/** Used only outside production, when HUB_GATEWAY_SECRETS is not set. */
export const DEVELOPMENT_GATEWAY_SECRET = "gcm-hub-development-gateway-secret";

/** HUB_GATEWAY_SECRETS: required in production, each at least 32 characters. */
export function parseGatewaySecrets(env: Env, nodeEnv: NodeEnv): string[] {
  const raw = env.HUB_GATEWAY_SECRETS?.trim();
  if (!raw) {
    if (nodeEnv === "production") throw new ConfigError("HUB_GATEWAY_SECRETS", "is required in production (comma-separated secrets shared by the gateway and the subgraphs)");
    return [DEVELOPMENT_GATEWAY_SECRET];
  }
  const secrets = raw.split(",").map((secret) => secret.trim());
  if (secrets.some((secret) => secret.length < 32)) throw new ConfigError("HUB_GATEWAY_SECRETS", "must hold secrets of at least 32 characters each");
  return secrets;
}

export function readSubgraphConfig(defaultPort: number, env: Env = process.env): SubgraphConfig {
  const nodeEnv = parseOneOf(env, "NODE_ENV", NODE_ENVS, "development");
  return Object.freeze({
    port: parsePort(env, "PORT", defaultPort),
    host: env.HOST || "127.0.0.1",
    databaseUrl: parseDatabaseUrl(env),
    dataDir: path.resolve(env.HUB_DATA_DIR || ".data"),
    nodeEnv,
    logLevel: parseOneOf(env, "LOG_LEVEL", LOG_LEVELS, nodeEnv === "test" ? "warn" : "info"),
    gatewaySecrets: Object.freeze(parseGatewaySecrets(env, nodeEnv)),
  });
}
