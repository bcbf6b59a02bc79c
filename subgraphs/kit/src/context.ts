import type { Logger } from "./logger.js";

/** Who is calling, as the gateway verified it from the caller's token. */
export interface Caller {
  /** The department the token was issued to: a subgraph name, e.g. "border". */
  department: string;
  /** What the token allows: "write" (record and correct), "publish". */
  scopes: readonly string[];
  /** The token's subject (a user or service id), for the audit trail. */
  subject: string;
}

/** What every subgraph's per-request context starts from. */
export interface BaseContext {
  /** The gateway's own id for the client request (from the signed credential). */
  requestId: string;
  /** The id the client sent with its request, if any; the client's, kept apart from ours. */
  clientRequestId?: string | null;
  /** The request's gateway credential (absent in process, in tests): a mutation's is accepted once. */
  credential?: { id: string; expiresAt: Date };
  /** null for an anonymous caller, who may read published data only. */
  caller: Caller | null;
  log: Logger;
  /** The client operation this request serves, as the gateway names it; for metrics and logs. */
  clientOperation?: string;
  /**
   * The mutation field being resolved and its arguments, set by the server before each
   * root mutation field runs (they run one after another): what an idempotency key is bound to.
   */
  mutation?: MutationField;
}

/** A root mutation field as a client called it. */
export interface MutationField {
  field: string;
  arguments: Record<string, unknown>;
}
