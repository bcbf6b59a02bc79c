import type { Logger } from "./logger.js";

/** Who is calling. Filled from the gateway's forwarded identity once writes exist. */
export interface Caller {
  department: string;
  scopes: readonly string[];
}

/** What every subgraph's per-request context starts from. */
export interface BaseContext {
  requestId: string;
  caller: Caller | null;
  log: Logger;
}
