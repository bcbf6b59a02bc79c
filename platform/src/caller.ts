// Who a request is for: the identity the gateway verified from the caller's token and
// passes to the subgraphs in the request credential.

/** Who is calling, as the gateway verified it from the caller's token. */
export interface Caller {
  /** The department the token was issued to: a subgraph name, e.g. "border". */
  department: string;
  /** What the token allows: "write" (record and correct), "publish". */
  scopes: readonly string[];
  /** The token's subject (a user or service id), for the audit trail. */
  subject: string;
}
