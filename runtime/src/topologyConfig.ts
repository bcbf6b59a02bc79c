// Configuration of `npm run start:topology`, read once from the environment.
import path from "node:path";
import { ConfigError, parseDataDir, parsePort, parsePorts, parseWorkers, type Env } from "@gcm-hub/platform";
import { DEFAULT_PRODUCTION_METRICS_PORT, DEFAULT_SUPERGRAPH_PATH, parseOperationsDir } from "../../gateway/src/config.js";
import { readSupergraph } from "../../gateway/src/supergraph.js";
import { SUBGRAPH_NAMES } from "../../subgraphs/registry.js";
import type { TopologyOptions } from "./topology.js";

/** The local PostgreSQL server the departments' databases default to. */
export const DEFAULT_DATABASE_SERVER = "postgresql://postgres@127.0.0.1:5432";
export const DEFAULT_TOPOLOGY_REDIS_URL = "redis://127.0.0.1:6379";
/** The gateway replicas: the contract port and the second replica's. */
export const DEFAULT_GATEWAY_PORTS = [4000, 4010];
export const DEFAULT_JWKS_PORT = 4090;

export type TopologyConfig = Omit<TopologyOptions, "onProgress" | "root" | "gatewayEnv">;

/** Each subgraph's contract port, as the committed supergraph gives its URL. */
export function contractSubgraphPorts(): Record<string, number> {
  const urls = readSupergraph(DEFAULT_SUPERGRAPH_PATH, () => {}).subgraphUrls();
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, Number(new URL(urls[name]!).port)]));
}

/** DATABASE_URL_<NAME>, else gcm_hub_<name> on the local server. */
export function databaseUrlOf(env: Env, name: string): string {
  const variable = `DATABASE_URL_${name.toUpperCase()}`;
  const raw = env[variable];
  if (!raw) return `${DEFAULT_DATABASE_SERVER}/gcm_hub_${name}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(variable, "is not a valid URL (expected postgresql://user@host:port/database)");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") throw new ConfigError(variable, `must use the postgresql:// scheme, got "${url.protocol}"`);
  return raw;
}

export function readTopologyConfig(env: Env = process.env): TopologyConfig {
  const contract = contractSubgraphPorts();
  const names = Object.keys(contract);
  // TOPOLOGY_SUBGRAPH_PORTS: one port per subgraph, in subgraphs/subgraphs.json's order.
  const ports = parsePorts(env, "TOPOLOGY_SUBGRAPH_PORTS", Object.values(contract));
  if (ports.length !== names.length) throw new ConfigError("TOPOLOGY_SUBGRAPH_PORTS", `must list ${names.length} ports, one for each of ${names.join(", ")}`);
  const subgraphPorts = Object.fromEntries(names.map((name, index) => [name, ports[index]!]));
  const gatewayPorts = parsePorts(env, "TOPOLOGY_GATEWAY_PORTS", DEFAULT_GATEWAY_PORTS);
  // 9464 for the first replica, 9474 for the second, ...
  const metricsPorts = parsePorts(env, "TOPOLOGY_METRICS_PORTS", gatewayPorts.map((_, index) => DEFAULT_PRODUCTION_METRICS_PORT + 10 * index));
  if (metricsPorts.length !== gatewayPorts.length) throw new ConfigError("TOPOLOGY_METRICS_PORTS", "must list one port for each gateway replica");
  const redisUrl = env.REDIS_URL || DEFAULT_TOPOLOGY_REDIS_URL;
  if (!/^rediss?:\/\/.+/.test(redisUrl)) throw new ConfigError("REDIS_URL", `must look like redis://host:6379, got "${redisUrl}"`);
  return {
    databaseUrls: Object.fromEntries(Object.keys(subgraphPorts).map((name) => [name, databaseUrlOf(env, name)])),
    subgraphPorts,
    gatewayPorts,
    metricsPorts,
    redisUrl,
    jwksPort: parsePort(env, "TOPOLOGY_JWKS_PORT", DEFAULT_JWKS_PORT),
    dataDir: path.join(parseDataDir(env), "topology"),
    // The folder `npm run operations:publish` writes by default, as `npm start` reads it.
    operationsDir: parseOperationsDir(env),
    gatewayWorkers: parseWorkers(env, "GATEWAY_WORKERS"),
  };
}
