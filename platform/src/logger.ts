import { pino, type DestinationStream, type Logger } from "pino";
import type { LogLevel } from "./config.js";

export type { Logger };

/** JSON logs, one line per event, tagged with the component's name; stdout unless a destination is given. */
export function createLogger(component: string, level: LogLevel = "info", destination?: DestinationStream): Logger {
  const options = { name: component, level, base: { component } };
  return destination ? pino(options, destination) : pino(options);
}
