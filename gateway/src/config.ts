// The one place the gateway reads its environment: parsed once, validated, frozen.
// A bad value stops the process with a message that names the variable.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { JWK } from "jose";
import {
  assertDevelopmentAllowed,
  ConfigError,
  developmentGatewayKeys,
  parseDataDir,
  parseOneOf,
  parsePort,
  parseSigningKey,
  parseWorkers,
  type LogLevel,
  type NodeEnv,
} from "@gcm-hub/platform";
import { DEFAULT_MAX_BODY_BYTES } from "./plugins/useBodyLimit.js";
import type { TokenVerification } from "./plugins/useCallerIdentity.js";
import { DEFAULT_FAILURES_TO_OPEN, DEFAULT_PROBE_EVERY_MS } from "./subgraphBreakers.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DEFAULT_GATEWAY_PORT = 4000;
export const DEFAULT_SUPERGRAPH_PATH = path.join(ROOT, "schema", "supergraph.graphql");
export const DEFAULT_OPERATIONS_DIR = path.join(ROOT, "schema", "operations");
export const DEFAULT_TRUSTED_DOCUMENTS_PATH = path.join(ROOT, "schema", "generated", "persisted-documents.json");

export interface GatewayConfig {
  /** PORT; default 4000. */
  readonly port: number;
  /** HOST; default 127.0.0.1. */
  readonly host: string;
  readonly nodeEnv: NodeEnv;
  /** LOG_LEVEL; default info (warn under test). */
  readonly logLevel: LogLevel;
  /** SUPERGRAPH_PATH; default schema/supergraph.graphql. */
  readonly supergraphPath: string;
  /** GRAPHIQL=true|false; default on except in production. */
  readonly graphiql: boolean;
  /** SUBGRAPH_URL_<NAME> overrides the URL the supergraph gives for that subgraph. */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** LIMIT_DEPTH, LIMIT_ALIASES, LIMIT_COST, LIMIT_TOKENS, LIMIT_DIRECTIVES; see DEFAULT_OPERATION_LIMITS. */
  readonly limits: Readonly<OperationLimits>;
  /** LIMIT_BODY_BYTES; default 100 KiB. */
  readonly maxBodyBytes: number;
  /** LIMIT_BATCH: operations in one batched request; default 5 (1 turns batching off). */
  readonly maxBatchSize: number;
  /** EXPORT_MAX_ROWS: most rows one export (/export/<Operation>.csv|json|xlsx, /export/figures.<format>) may have, an XLSX's sheets together (default 10,000). */
  readonly exportMaxRows: number;
  /** SUBGRAPH_TIMEOUT_MS: per subgraph request; default 5000. */
  readonly subgraphTimeoutMs: number;
  /**
   * SUBGRAPH_BREAKER_FAILURES: transport failures in a row that open a subgraph's circuit
   * (its fetches refused at once until its /readyz answers); default 3, 0 never opens one.
   * SUBGRAPH_BREAKER_PROBE_MS: how often an open circuit probes; default 1000.
   */
  readonly subgraphBreaker: Readonly<{ failuresToOpen: number; probeEveryMs: number }>;
  /**
   * SUBGRAPH_DEDUPLICATION=true|false: identical subgraph queries in flight at the same
   * time (same body, same caller) share one request; default on. Mutations never are.
   */
  readonly subgraphDeduplication: boolean;
  /** INTROSPECTION=true|false; default on except in production. Field suggestions follow it. */
  readonly introspection: boolean;
  /** TRUSTED_OPERATIONS_ONLY=true|false; default on in production. */
  readonly trustedOperationsOnly: boolean;
  /** TRUSTED_DOCUMENTS_PATH: the hub's own operations (client "hub"), as codegen writes them; default schema/generated/persisted-documents.json. */
  readonly trustedDocumentsPath: string;
  /**
   * OPERATIONS_DIR: the client manifests published with `npm run operations:publish`, trusted
   * beside the hub's own and re-read when they change; default HUB_DATA_DIR/operations.
   */
  readonly operationsDir: string;
  /** SUPERGRAPH_POLL_MS: how often the supergraph file is checked for a new version; default 2000. */
  readonly supergraphPollMs: number;
  /**
   * Bearer tokens: JWT_SECRET (HS256; a development default outside production) or
   * JWT_JWKS_URL (required in production), checked against JWT_ISSUER and JWT_AUDIENCE
   * (default "gcm-hub" both). Tokens must carry sub, exp and iat, and be younger than
   * JWT_MAX_AGE_SECONDS (default 8 hours); JWT_CLOCK_TOLERANCE_SECONDS (default 30) is
   * the clock difference tolerated. The development secret only on a loopback HOST.
   */
  readonly tokens: Readonly<TokenVerification>;
  /** RESPONSE_CACHE_TTL_MS: how long an anonymous read is served from the cache; 0 turns caching off; default 60000. */
  readonly responseCacheTtlMs: number;
  /** REDIS_URL: share the response cache between gateways in Redis; absent keeps it in memory. */
  readonly redisUrl: string | undefined;
  /** REDIS_KEY_PREFIX: prefix of the cache's Redis keys; default "gcm-hub:". */
  readonly redisKeyPrefix: string;
  /**
   * RESPONSE_CACHE_COPY_BYTES: with REDIS_URL, bytes of the answers read from Redis that each
   * replica keeps a copy of, served without asking Redis while it knows their generations;
   * 0 reads Redis on every hit; default DEFAULT_RESPONSE_CACHE_COPY_BYTES (32 MiB).
   */
  readonly responseCacheCopyBytes: number;
  /**
   * HUB_GATEWAY_SIGNING_KEY: the private Ed25519 JWK every subgraph request's credential
   * is signed with (`npm run keys` makes one). Unset, and only on a loopback HOST
   * outside production: a development key created under HUB_DATA_DIR.
   */
  readonly signingKey: Readonly<JWK>;
  /** HUB_DATA_DIR: where development keys live; default ./.data. */
  readonly dataDir: string;
  /**
   * Prometheus metrics: METRICS_PORT serves /metrics on a listener of its own, at
   * METRICS_HOST (default 127.0.0.1). In production it defaults to 9464 and /metrics is
   * never on the public listener; elsewhere, unset, /metrics is on the gateway's port.
   */
  readonly metrics: Readonly<MetricsListener>;
  /** CORS_ORIGINS: comma-separated origins allowed to call from a browser; default none. */
  readonly corsOrigins: readonly string[];
  /**
   * OpenTelemetry: OTEL_TRACING=true|false (default off); spans go over OTLP/HTTP to
   * OTEL_EXPORTER_OTLP_ENDPOINT (default http://127.0.0.1:4318; traces at <endpoint>/v1/traces)
   * as the service OTEL_SERVICE_NAME (default "gcm-hub-gateway").
   */
  readonly tracing: Readonly<TracingConfig>;
  /**
   * QUERY_PLANNER=rust|js: rust is Hive Router's query planner (@graphql-hive/router-runtime,
   * a native addon), adopted as the default because the whole suite passes with it and the
   * benchmark measured 1.3-3x the throughput; js is Hive Gateway's own planner, kept as a fallback.
   */
  readonly queryPlanner: QueryPlanner;
  /**
   * GATEWAY_WORKERS: serve from this many worker processes behind one port (node's
   * cluster module), /metrics summed over them by the primary; SIGHUP rolls them one at
   * a time. Unset: one process, no cluster.
   */
  readonly workers: number | null;
}

export interface MetricsListener {
  /** null: /metrics is served on the gateway's own listener (never in production). */
  readonly port: number | null;
  readonly host: string;
}

/** RESPONSE_CACHE_COPY_BYTES's default: 32 MiB of answers copied from Redis, per replica. */
export const DEFAULT_RESPONSE_CACHE_COPY_BYTES = 32 * 1024 * 1024;

/** Where production serves /metrics unless METRICS_PORT says otherwise. */
export const DEFAULT_PRODUCTION_METRICS_PORT = 9464;

/** What useOperationLimits refuses (LIMIT_DEPTH, LIMIT_ALIASES, LIMIT_COST, LIMIT_TOKENS, LIMIT_DIRECTIVES). */
export interface OperationLimits {
  /** Deepest field nesting, fragments flattened; default 10. */
  depth: number;
  /** Aliases in one operation; default 15. */
  aliases: number;
  /** The most objects an answer may hold, a page counted at its size (a variable one at the page cap, another list at ASSUMED_LIST_SIZE, 10); default 25000. */
  cost: number;
  /** Lexical tokens in the document; default 2000. */
  tokens: number;
  /** Directives in one operation; default 20. */
  directives: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = Object.freeze({
  depth: 10,
  aliases: 15,
  cost: 25000,
  tokens: 2000,
  directives: 20,
});

/** OTLP over HTTP on the local collector's standard port (OTEL_EXPORTER_OTLP_ENDPOINT). */
export const DEFAULT_OTLP_ENDPOINT = "http://127.0.0.1:4318";
/** OTEL_SERVICE_NAME's default. */
export const DEFAULT_SERVICE_NAME = "gcm-hub-gateway";

export interface TracingConfig {
  readonly enabled: boolean;
  /** Base URL of the OTLP/HTTP receiver, without /v1/traces. */
  readonly endpoint: string;
  readonly serviceName: string;
}

export type QueryPlanner = "js" | "rust";

type Env = Record<string, string | undefined>;

const NODE_ENVS: readonly NodeEnv[] = ["development", "production", "test"];
const LOG_LEVELS: readonly LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
const QUERY_PLANNERS: readonly QueryPlanner[] = ["js", "rust"];

function parseBoolean(env: Env, variable: string, fallback: boolean): boolean {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new ConfigError(variable, `must be true or false, got "${raw}"`);
}

function parseInteger(env: Env, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(variable, `must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function parseOrigins(env: Env): string[] {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return [];
  return raw.split(",").map((origin) => {
    const trimmed = origin.trim();
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw new ConfigError("CORS_ORIGINS", `holds "${trimmed}", which is not an origin like https://dashboard.example.pt`);
    }
    if (url.origin !== trimmed) throw new ConfigError("CORS_ORIGINS", `holds "${trimmed}"; write the bare origin ${url.origin}`);
    return trimmed;
  });
}

/** Outside production only: tokens from `npm run token` are signed with it. */
export const DEVELOPMENT_JWT_SECRET = "gcm-hub-development-jwt-secret-not-for-production";

/** Oldest token accepted by default (JWT_MAX_AGE_SECONDS): a working day. */
export const DEFAULT_TOKEN_MAX_AGE_SECONDS = 8 * 3600;
/** Clock difference tolerated by default (JWT_CLOCK_TOLERANCE_SECONDS). */
export const DEFAULT_TOKEN_CLOCK_TOLERANCE_SECONDS = 30;

function parseTokenVerification(env: Env, nodeEnv: NodeEnv, host: string): TokenVerification {
  const issuer = env.JWT_ISSUER || "gcm-hub";
  const audience = env.JWT_AUDIENCE || "gcm-hub";
  const maxAgeSeconds = parseInteger(env, "JWT_MAX_AGE_SECONDS", DEFAULT_TOKEN_MAX_AGE_SECONDS, 60, 7 * 86_400);
  const clockToleranceSeconds = parseInteger(env, "JWT_CLOCK_TOLERANCE_SECONDS", DEFAULT_TOKEN_CLOCK_TOLERANCE_SECONDS, 0, 300);
  const timing = { issuer, audience, maxAgeSeconds, clockToleranceSeconds };
  if (env.JWT_JWKS_URL) {
    try {
      new URL(env.JWT_JWKS_URL);
    } catch {
      throw new ConfigError("JWT_JWKS_URL", `is not a valid URL, got "${env.JWT_JWKS_URL}"`);
    }
    return { key: { jwksUrl: env.JWT_JWKS_URL }, ...timing };
  }
  if (nodeEnv === "production") throw new ConfigError("JWT_JWKS_URL", "is required in production (the identity provider's JWKS endpoint)");
  if (!env.JWT_SECRET) assertDevelopmentAllowed("JWT_SECRET", "or JWT_JWKS_URL: the published development secret would let anyone mint tokens", nodeEnv, host);
  const secret = env.JWT_SECRET || DEVELOPMENT_JWT_SECRET;
  if (secret.length < 32) throw new ConfigError("JWT_SECRET", "must be at least 32 characters");
  return { key: { secret }, ...timing };
}

function parseSigningKeyVariable(env: Env, nodeEnv: NodeEnv, host: string, dataDir: string): JWK {
  const raw = env.HUB_GATEWAY_SIGNING_KEY?.trim();
  if (!raw) {
    assertDevelopmentAllowed("HUB_GATEWAY_SIGNING_KEY", "the gateway's private Ed25519 key, as `npm run keys` prints it", nodeEnv, host);
    return developmentGatewayKeys(dataDir).privateKey;
  }
  try {
    return parseSigningKey(raw);
  } catch (error) {
    throw new ConfigError("HUB_GATEWAY_SIGNING_KEY", (error as Error).message);
  }
}

function parseMetricsListener(env: Env, production: boolean): MetricsListener {
  const host = env.METRICS_HOST || "127.0.0.1";
  if (env.METRICS_PORT === undefined || env.METRICS_PORT === "") return { port: production ? DEFAULT_PRODUCTION_METRICS_PORT : null, host };
  return { port: parsePort(env, "METRICS_PORT", 0), host };
}

function parseRedisUrl(env: Env): string | undefined {
  const raw = env.REDIS_URL;
  if (!raw) return undefined;
  if (!/^rediss?:\/\/.+/.test(raw)) throw new ConfigError("REDIS_URL", `must look like redis://host:6379, got "${raw}"`);
  return raw;
}

function parseOtlpEndpoint(env: Env): string {
  const raw = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!raw) return DEFAULT_OTLP_ENDPOINT;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("OTEL_EXPORTER_OTLP_ENDPOINT", `is not a valid URL, got "${raw}"; write the collector's OTLP/HTTP base URL like ${DEFAULT_OTLP_ENDPOINT}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError("OTEL_EXPORTER_OTLP_ENDPOINT", `must be an http:// or https:// URL (OTLP over HTTP), got "${raw}"`);
  }
  if (url.search || url.hash) throw new ConfigError("OTEL_EXPORTER_OTLP_ENDPOINT", `must be a base URL without query or fragment, got "${raw}"`);
  // The standard variable names the base URL; traces go to <endpoint>/v1/traces.
  return raw.replace(/\/+$/, "");
}

function parseSubgraphUrls(env: Env): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [variable, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_URL_([A-Z]+)$/.exec(variable);
    if (!match || !value) continue;
    try {
      new URL(value);
    } catch {
      throw new ConfigError(variable, `is not a valid URL, got "${value}"`);
    }
    urls[match[1]!.toLowerCase()] = value;
  }
  return urls;
}

/** LIMIT_DEPTH, LIMIT_ALIASES, LIMIT_COST, LIMIT_TOKENS, LIMIT_DIRECTIVES: also what `npm run operations:publish` checks manifests against. */
export function parseOperationLimits(env: Env = process.env): OperationLimits {
  const limit = (variable: string, fallback: number) => parseInteger(env, variable, fallback, 1, 1_000_000);
  return Object.freeze({
    depth: limit("LIMIT_DEPTH", DEFAULT_OPERATION_LIMITS.depth),
    aliases: limit("LIMIT_ALIASES", DEFAULT_OPERATION_LIMITS.aliases),
    cost: limit("LIMIT_COST", DEFAULT_OPERATION_LIMITS.cost),
    tokens: limit("LIMIT_TOKENS", DEFAULT_OPERATION_LIMITS.tokens),
    directives: limit("LIMIT_DIRECTIVES", DEFAULT_OPERATION_LIMITS.directives),
  });
}

/** SUPERGRAPH_PATH: the supergraph the gateway serves (and client manifests are checked against). */
export function parseSupergraphPath(env: Env = process.env): string {
  return path.resolve(env.SUPERGRAPH_PATH || DEFAULT_SUPERGRAPH_PATH);
}

/** TRUSTED_DOCUMENTS_PATH: the hub's own operations (client "hub"), as `npm run codegen` writes them. */
export function parseTrustedDocumentsPath(env: Env = process.env): string {
  return path.resolve(env.TRUSTED_DOCUMENTS_PATH || DEFAULT_TRUSTED_DOCUMENTS_PATH);
}

/** OPERATIONS_DIR, else HUB_DATA_DIR/operations: where client manifests are published and every gateway reads them. */
export function parseOperationsDir(env: Env = process.env): string {
  return path.resolve(env.OPERATIONS_DIR || path.join(parseDataDir(env), "operations"));
}

export function readGatewayConfig(env: Env = process.env): GatewayConfig {
  const nodeEnv = parseOneOf(env, "NODE_ENV", NODE_ENVS, "development");
  const production = nodeEnv === "production";
  const host = env.HOST || "127.0.0.1";
  const dataDir = parseDataDir(env);
  const limit = (variable: string, fallback: number) => parseInteger(env, variable, fallback, 1, 1_000_000);
  return Object.freeze({
    port: parsePort(env, "PORT", DEFAULT_GATEWAY_PORT),
    host,
    nodeEnv,
    logLevel: parseOneOf(env, "LOG_LEVEL", LOG_LEVELS, nodeEnv === "test" ? "warn" : "info"),
    supergraphPath: parseSupergraphPath(env),
    graphiql: parseBoolean(env, "GRAPHIQL", nodeEnv !== "production"),
    subgraphUrls: Object.freeze(parseSubgraphUrls(env)),
    limits: parseOperationLimits(env),
    maxBodyBytes: limit("LIMIT_BODY_BYTES", DEFAULT_MAX_BODY_BYTES),
    maxBatchSize: parseInteger(env, "LIMIT_BATCH", 5, 1, 100),
    exportMaxRows: parseInteger(env, "EXPORT_MAX_ROWS", 10_000, 1, 1_000_000),
    subgraphTimeoutMs: parseInteger(env, "SUBGRAPH_TIMEOUT_MS", 5000, 10, 120_000),
    subgraphBreaker: Object.freeze({
      failuresToOpen: parseInteger(env, "SUBGRAPH_BREAKER_FAILURES", DEFAULT_FAILURES_TO_OPEN, 0, 1000),
      probeEveryMs: parseInteger(env, "SUBGRAPH_BREAKER_PROBE_MS", DEFAULT_PROBE_EVERY_MS, 100, 60_000),
    }),
    subgraphDeduplication: parseBoolean(env, "SUBGRAPH_DEDUPLICATION", true),
    introspection: parseBoolean(env, "INTROSPECTION", !production),
    trustedOperationsOnly: parseBoolean(env, "TRUSTED_OPERATIONS_ONLY", production),
    trustedDocumentsPath: parseTrustedDocumentsPath(env),
    operationsDir: parseOperationsDir(env),
    supergraphPollMs: parseInteger(env, "SUPERGRAPH_POLL_MS", 2000, 100, 3_600_000),
    corsOrigins: Object.freeze(parseOrigins(env)),
    dataDir,
    signingKey: Object.freeze(parseSigningKeyVariable(env, nodeEnv, host, dataDir)),
    metrics: Object.freeze(parseMetricsListener(env, production)),
    responseCacheTtlMs: parseInteger(env, "RESPONSE_CACHE_TTL_MS", 60_000, 0, 86_400_000),
    redisUrl: parseRedisUrl(env),
    redisKeyPrefix: env.REDIS_KEY_PREFIX || "gcm-hub:",
    responseCacheCopyBytes: parseInteger(env, "RESPONSE_CACHE_COPY_BYTES", DEFAULT_RESPONSE_CACHE_COPY_BYTES, 0, 4 * 1024 * 1024 * 1024),
    tokens: Object.freeze(parseTokenVerification(env, nodeEnv, host)),
    tracing: Object.freeze({
      enabled: parseBoolean(env, "OTEL_TRACING", false),
      endpoint: parseOtlpEndpoint(env),
      serviceName: env.OTEL_SERVICE_NAME?.trim() || DEFAULT_SERVICE_NAME,
    }),
    queryPlanner: parseOneOf(env, "QUERY_PLANNER", QUERY_PLANNERS, "rust"),
    workers: parseWorkers(env, "GATEWAY_WORKERS"),
  });
}
