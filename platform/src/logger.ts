import { pino, type DestinationStream, type Logger } from "pino";
import type { LogLevel } from "./config.js";

export type { Logger };

/** JSON logs, one line per event, tagged with the component's name; stdout unless a destination is given. */
export function createLogger(component: string, level: LogLevel = "info", destination?: DestinationStream): Logger {
  const options = { name: component, level, base: { component } };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Node's process warnings (deprecations, experimental features, listener counts) as log
 * lines of `log`, in place of the plain text Node writes to stderr. Under subgraph faults
 * Node 20 warned of "11 abort listeners added to [AbortSignal]": each upstream attempt
 * listens to its subgraph executor's long-lived signal until the attempt ends or is
 * collected, so a burst of concurrent attempts and retries passed 10 with nothing
 * retained. Node 22.13 stopped counting such listeners as a leak (nodejs/node#55816);
 * the hub runs on Node 24, where test/productionLogs.test.ts sees no such warning.
 */
export function logProcessWarnings(log: Logger): void {
  // Node writes warnings through a "warning" listener of its own (absent under --no-warnings).
  process.removeAllListeners("warning");
  process.on("warning", (warning: Error & { code?: string; target?: unknown }) => {
    const fields = { warning: warning.name, code: warning.code, stack: warning.stack };
    log.warn(fields, warning.message);
  });
}
