// The one place the gateway reads its environment: parsed once, validated, frozen.
// A bad value stops the process with a message that names the variable.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, parseOneOf, parsePort, type LogLevel, type NodeEnv } from "@gcm-hub/kit";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DEFAULT_GATEWAY_PORT = 4000;
export const DEFAULT_SUPERGRAPH_PATH = path.join(ROOT, "schema", "supergraph.graphql");
export const DEFAULT_OPERATIONS_DIR = path.join(ROOT, "schema", "operations");

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
}

type Env = Record<string, string | undefined>;

const NODE_ENVS: readonly NodeEnv[] = ["development", "production", "test"];
const LOG_LEVELS: readonly LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function parseBoolean(env: Env, variable: string, fallback: boolean): boolean {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new ConfigError(variable, `must be true or false, got "${raw}"`);
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

export function readGatewayConfig(env: Env = process.env): GatewayConfig {
  const nodeEnv = parseOneOf(env, "NODE_ENV", NODE_ENVS, "development");
  return Object.freeze({
    port: parsePort(env, "PORT", DEFAULT_GATEWAY_PORT),
    host: env.HOST || "127.0.0.1",
    nodeEnv,
    logLevel: parseOneOf(env, "LOG_LEVEL", LOG_LEVELS, nodeEnv === "test" ? "warn" : "info"),
    supergraphPath: path.resolve(env.SUPERGRAPH_PATH || DEFAULT_SUPERGRAPH_PATH),
    graphiql: parseBoolean(env, "GRAPHIQL", nodeEnv !== "production"),
    subgraphUrls: Object.freeze(parseSubgraphUrls(env)),
  });
}
