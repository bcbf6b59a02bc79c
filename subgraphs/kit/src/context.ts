import type { Caller, Logger } from "@gcm-hub/platform";

export type { Caller };


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
