// Authorization in the subgraph that owns the data: a department writes only its
// own data, and the token's scopes decide what it may do. Errors say what is missing.
import { GraphQLError } from "graphql";
import type { Caller } from "./context.js";

export type Scope = "write" | "publish";

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}

/** The caller, if it is `department` with `scope`; otherwise UNAUTHENTICATED or FORBIDDEN saying why. */
export function authorize(caller: Caller | null, department: string, scope: Scope): Caller {
  if (!caller) throw unauthenticated(`Sign in: this needs a token for the ${department} department with the '${scope}' scope`);
  if (caller.subgraph !== department) {
    throw forbidden(`The token is for the ${caller.subgraph} department; only the ${department} department may change ${department} data`);
  }
  if (!caller.scopes.includes(scope)) throw forbidden(`The token lacks the '${scope}' scope (it has: ${caller.scopes.join(", ") || "none"})`);
  return caller;
}

/** The caller, if it belongs to `department` (any scope): for reading a department's own drafts and audit trail. */
export function requireDepartment(caller: Caller | null, department: string): Caller {
  if (!caller) throw unauthenticated(`Sign in: this needs a token for the ${department} department`);
  if (caller.subgraph !== department) throw forbidden(`The token is for the ${caller.subgraph} department; only the ${department} department may read this`);
  return caller;
}
