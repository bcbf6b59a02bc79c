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
 * lines of `log`, in place of the plain text Node writes to stderr. One kind goes to debug:
 * more than 10 abort listeners on an AbortSignal, which Node stopped reporting in 22.13
 * (nodejs/node#55816) because a signal that many operations follow is no leak. The
 * gateway's subgraph executors are such signals: each upstream attempt listens to its
 * subgraph's until the attempt is aborted or collected, so a burst of failing attempts
 * and their retries passes 10 with nothing retained.
 */
export function logProcessWarnings(log: Logger): void {
  // Node writes warnings through a "warning" listener of its own (absent under --no-warnings).
  process.removeAllListeners("warning");
  process.on("warning", (warning: Error & { code?: string; target?: unknown }) => {
    const fields = { warning: warning.name, code: warning.code, stack: warning.stack };
    if (warning.name === "MaxListenersExceededWarning" && warning.target instanceof AbortSignal) log.debug(fields, warning.message);
    else log.warn(fields, warning.message);
  });
}
