// Authentication at the edge: a bearer JWT is verified with jose (HS256 secret in
// development, JWKS with issuer and audience in production); its department and
// scopes become the caller. No token means an anonymous caller, who may read
// published data only. A bad token is refused with 401 and the reason. Each
// subgraph request then carries the caller, signed with the gateway's credential.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { signGatewayRequest, type Caller } from "@gcm-hub/kit";

export interface TokenVerification {
  /** HS256 secret (development) or a JWKS URL (production). */
  key: { secret: string } | { jwksUrl: string };
  issuer: string;
  audience: string;
}

export interface CallerIdentityOptions {
  verification: TokenVerification;
  /** The secret subgraph requests are signed with. */
  gatewaySecret: string;
}

export class TokenError extends Error {}

/** The caller a verified token names; throws TokenError saying what is wrong. */
export function callerFromClaims(claims: JWTPayload): Caller {
  const department = claims.department;
  if (typeof department !== "string" || !/^[a-z]+$/.test(department)) throw new TokenError("The token names no department (claim 'department')");
  const scope = typeof claims.scope === "string" ? claims.scope.split(" ") : [];
  return { department, scopes: scope.filter(Boolean), subject: String(claims.sub ?? "unknown") };
}

function describeTokenError(error: unknown): string {
  if (error instanceof TokenError) return error.message;
  if (error instanceof errors.JWTExpired) return "The token has expired";
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's '${error.claim}' claim is not acceptable: ${error.reason}`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return "The token's signature is invalid";
  if (error instanceof errors.JOSEAlgNotAllowed) return "The token is signed with an algorithm this gateway does not accept";
  return "The token is malformed or cannot be verified";
}

export function createTokenVerifier({ key, issuer, audience }: TokenVerification): (token: string) => Promise<Caller> {
  const options = { issuer, audience };
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

export function useCallerIdentity({ verification, gatewaySecret }: CallerIdentityOptions): GatewayPlugin<{ caller?: Caller | null }> {
  const verify = createTokenVerifier(verification);
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
    onFetch({ context, options, setOptions }) {
      // Every subgraph request is signed; an anonymous caller is signed as such.
      const caller = context && "caller" in context ? ((context.caller as Caller | null | undefined) ?? null) : null;
      const headers = new Headers(options.headers as HeadersInit | undefined);
      for (const [name, value] of Object.entries(signGatewayRequest(gatewaySecret, caller))) headers.set(name, value);
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}
