// Authentication at the edge: a bearer JWT is verified with jose (HS256 secret in
// development, JWKS with issuer and audience in production); it must name its
// subject, expire, and be younger than the configured maximum age. Its department
// and scopes become the caller. No token means an anonymous caller, who may read
// published data only. A bad token is refused with 401 and the reason.
//
// Each subgraph request then carries a credential the gateway signs for that one
// request (the kit's requestCredential), and in-flight deduplication never lets two
// callers share a subgraph request: the caller is part of the request's identity.
import crypto from "node:crypto";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { createRemoteJWKSet, errors, jwtVerify, type JWK, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { createCredentialSigner, CREDENTIAL_HEADER, type Caller } from "@gcm-hub/platform";
import type { RequestIds } from "./useRequestIds.js";

export interface TokenVerification {
  /** HS256 secret (development) or a JWKS URL (production). */
  key: { secret: string } | { jwksUrl: string };
  issuer: string;
  audience: string;
  /** Oldest token accepted, from its iat, in seconds. */
  maxAgeSeconds: number;
  /** Clock difference tolerated on exp, nbf and iat, in seconds. */
  clockToleranceSeconds: number;
}

export interface CallerIdentityOptions {
  verification: TokenVerification;
  /** The gateway's private Ed25519 JWK: every subgraph request's credential is signed with it. */
  signingKey: JWK;
}

/**
 * Header that makes the caller part of a subgraph request's identity for Hive's
 * in-flight deduplication, which keys requests on URL, method, body and the headers
 * set before the fetch: two readers share one subgraph request only when they are the
 * same caller (or both anonymous). The subgraph ignores it.
 */
export const CALLER_PARTITION_HEADER = "x-hub-caller-partition";

function callerPartition(caller: Caller | null): string {
  if (!caller) return "anonymous";
  return crypto.createHash("sha256").update(JSON.stringify([caller.subgraph, caller.subject, [...caller.scopes].sort()])).digest("base64url");
}

export class TokenError extends Error {}

/** The caller a verified token names; throws TokenError saying what is wrong. */
export function callerFromClaims(claims: JWTPayload): Caller {
  const subgraph = claims.subgraph;
  if (typeof subgraph !== "string" || !/^[a-z]+$/.test(subgraph)) throw new TokenError("The token names no subgraph (claim 'subgraph': the department's subgraph, e.g. border)");
  const scope = typeof claims.scope === "string" ? claims.scope.split(" ") : [];
  if (typeof claims.sub !== "string" || claims.sub === "") throw new TokenError("The token names no subject (claim 'sub')");
  return { subgraph, scopes: scope.filter(Boolean), subject: claims.sub };
}

function describeTokenError(error: unknown): string {
  if (error instanceof TokenError) return error.message;
  if (error instanceof errors.JWTExpired) return error.claim === "iat" ? "The token is older than this gateway's maximum token age" : "The token has expired";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === "missing") return `The token has no '${error.claim}' claim; tokens must carry sub, exp and iat`;
    return `The token's '${error.claim}' claim is not acceptable: ${error.reason}`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return "The token's signature is invalid";
  if (error instanceof errors.JOSEAlgNotAllowed) return "The token is signed with an algorithm this gateway does not accept";
  return "The token is malformed or cannot be verified";
}

export function createTokenVerifier({ key, issuer, audience, maxAgeSeconds, clockToleranceSeconds }: TokenVerification): (token: string) => Promise<Caller> {
  const options = { issuer, audience, requiredClaims: ["sub", "exp", "iat"], maxTokenAge: maxAgeSeconds, clockTolerance: clockToleranceSeconds };
  if ("secret" in key) {
    const secret = new TextEncoder().encode(key.secret);
    return async (token) => callerFromClaims((await jwtVerify(token, secret, { ...options, algorithms: ["HS256"] })).payload);
  }
  const jwks: JWTVerifyGetKey = createRemoteJWKSet(new URL(key.jwksUrl));
  return async (token) => callerFromClaims((await jwtVerify(token, jwks, { ...options, algorithms: ["RS256", "ES256", "EdDSA"] })).payload);
}

function unauthenticated(message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] }), {
    status: 401,
    headers: { "content-type": "application/json; charset=utf-8", "www-authenticate": 'Bearer error="invalid_token"' },
  });
}

type IdentityContext = Partial<RequestIds> & { caller?: Caller | null };

function callerOf(context: unknown): Caller | null {
  return ((context as IdentityContext | undefined)?.caller as Caller | null | undefined) ?? null;
}

export function useCallerIdentity({ verification, signingKey }: CallerIdentityOptions): GatewayPlugin<{ caller?: Caller | null }> {
  const verify = createTokenVerifier(verification);
  const sign = createCredentialSigner(signingKey);
  const callers = new WeakMap<Request, Caller | null>();
  return {
    async onRequest({ request, endResponse }) {
      const header = request.headers.get("authorization");
      if (!header) return void callers.set(request, null);
      const token = /^Bearer (\S+)$/i.exec(header)?.[1];
      if (!token) return endResponse(unauthenticated("The Authorization header must be 'Bearer <token>'"));
      try {
        callers.set(request, await verify(token));
      } catch (error) {
        endResponse(unauthenticated(describeTokenError(error)));
      }
    },
    onContextBuilding({ context, extendContext }) {
      extendContext({ caller: callers.get(context.request) ?? null });
    },
    onSubgraphExecute({ executionRequest }) {
      const extensions = executionRequest.extensions ?? {};
      const headers = { ...(extensions.headers as Record<string, string> | undefined), [CALLER_PARTITION_HEADER]: callerPartition(callerOf(executionRequest.context)) };
      // A new extensions object on this fetch's request: the planners share the client
      // request's extensions between fetches, and other plugins key state on the
      // request object itself, so neither is replaced.
      executionRequest.extensions = { ...extensions, headers };
    },
    async onFetch({ context, options, setOptions, executionRequest }) {
      const audience = executionRequest?.subgraphName;
      if (!audience) throw new Error("A subgraph request without a subgraph name cannot be given a credential");
      if (options.body != null && typeof options.body !== "string") throw new Error("Only text bodies can be bound to a subgraph credential");
      const ids = context as IdentityContext | undefined;
      const credential = await sign(
        { audience, method: options.method ?? "GET", body: options.body ?? "" },
        { caller: callerOf(context), requestId: ids?.requestId ?? crypto.randomUUID(), clientRequestId: ids?.clientRequestId },
      );
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.set(CREDENTIAL_HEADER, credential);
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}
