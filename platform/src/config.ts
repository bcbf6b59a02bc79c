// Configuration parsing shared by the gateway and the subgraphs: each reads its
// environment once, at start-up, into a frozen object; a bad value stops the process
// with a message that names the variable.
import path from "node:path";
import { isLoopbackHost } from "./requestCredential.js";

export type NodeEnv = "development" | "production" | "test";
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
export type Env = Record<string, string | undefined>;

export const NODE_ENVS: readonly NodeEnv[] = ["development", "production", "test"];
export const LOG_LEVELS: readonly LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

export class ConfigError extends Error {
  constructor(variable: string, reason: string) {
    super(`Invalid configuration: ${variable} ${reason}`);
    this.name = "ConfigError";
  }
}

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

export function parsePort(env: Env, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(variable, `must be an integer port between 0 and 65535, got "${raw}"`);
  }
  return port;
}

/** A comma-separated list of fixed ports (4000,4010); `fallback` when unset. */
export function parsePorts(env: Env, variable: string, fallback: number[]): number[] {
  const raw = env[variable];
  if (!raw) return fallback;
  const parts = raw.split(",").map((part) => part.trim());
  if (parts.some((part) => part === "")) throw new ConfigError(variable, `must list ports like 4000,4010, got "${raw}"`);
  const ports = parts.map((part) => parsePort({ [variable]: part }, variable, 0));
  if (ports.some((port) => port === 0)) throw new ConfigError(variable, `must list fixed ports (not 0) like 4000,4010, got "${raw}"`);
  return ports;
}

export function parseOneOf<T extends string>(env: Env, variable: string, allowed: readonly T[], fallback: T): T {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(variable, `must be one of ${allowed.join(", ")}, got "${raw}"`);
  }
  return raw as T;
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

/** HUB_DATA_DIR, absolute; default ./.data. */
export function parseDataDir(env: Env): string {
  return path.resolve(env.HUB_DATA_DIR || ".data");
}

/** A worker count (GATEWAY_WORKERS, SUBGRAPH_WORKERS): unset is null (no cluster, one process), else 1 to 64. */
export function parseWorkers(env: Env, variable: string): number | null {
  const raw = env[variable];
  if (raw === undefined || raw === "") return null;
  const workers = Number(raw);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    throw new ConfigError(variable, `must be an integer from 1 to 64 (worker processes), got "${raw}"`);
  }
  return workers;
}
