// Who a request is for: the identity the gateway verified from the caller's token and
// passes to the subgraphs in the request credential.

/** Who is calling, as the gateway verified it from the caller's token. */
export interface Caller {
  /**
   * The subgraph whose data the token lets its holder change: the department that owns
   * it, named by its subgraph ("border" for SEF's). Not a Department's code (SEF).
   */
  subgraph: string;
  /** What the token allows: "write" (record and correct), "publish". */
  scopes: readonly string[];
  /** The token's subject (a user or service id), for the audit trail. */
  subject: string;
}
