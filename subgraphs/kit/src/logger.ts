import { pino, type Logger } from "pino";
import type { LogLevel } from "./config.js";

export type { Logger };

/** JSON logs on stdout, one line per event, tagged with the component's name. */
export function createLogger(component: string, level: LogLevel = "info"): Logger {
  return pino({ name: component, level, base: { component } });
}
