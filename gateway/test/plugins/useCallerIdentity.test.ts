// useCallerIdentity alone: a bearer JWT is verified (HS256 in development, a JWKS with
// issuer and audience in production), must name its subject, expire and be young
// enough; a bad one is refused with 401 saying why. The caller reaches the context, and
// every subgraph request carries a credential signed for that one request, naming the
// caller, plus a partition header so in-flight deduplication never joins two callers.
import { createCredentialVerifier, CREDENTIAL_HEADER, generateGatewayKeyPair, type Caller } from "@gcm-hub/platform";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { CALLER_PARTITION_HEADER, useCallerIdentity, type TokenVerification } from "../../src/plugins/useCallerIdentity.js";
import { useRequestIds } from "../../src/plugins/useRequestIds.js";
import { createPluginHarness, type PluginHarness } from "./harness.js";

const SECRET = "a-development-secret-of-at-least-32-characters";
const TIMING = { issuer: "gcm-hub", audience: "gcm-hub", maxAgeSeconds: 8 * 3600, clockToleranceSeconds: 30 };
const keys = generateGatewayKeyPair();
const verifyCredential = createCredentialVerifier([keys.publicKey]);

/** The callers each execution's context held. */
const callers: (Caller | null)[] = [];
const recordCaller: GatewayPlugin = {
  onExecute({ args }) {
    callers.push((args.contextValue as unknown as { caller: Caller | null }).caller);
  },
};

function harness(verification: TokenVerification): PluginHarness {
  return createPluginHarness({ plugins: () => [useRequestIds(), useCallerIdentity({ verification, signingKey: keys.privateKey }), recordCaller] });
}

interface Claims {
  subgraph?: string;
  scope?: string;
  sub?: string;
  issuedAgo?: number;
  expiresIn?: number;
  audience?: string;
  omit?: ("sub" | "exp" | "iat")[];
}

function sign({ subgraph = "labour", scope = "write", sub = "maria@iefp.pt", issuedAgo = 10, expiresIn = 600, audience = "gcm-hub", omit = [] }: Claims, secret = SECRET): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ subgraph, scope }).setProtectedHeader({ alg: "HS256" }).setIssuer("gcm-hub").setAudience(audience);
  if (!omit.includes("sub")) jwt.setSubject(sub);
  if (!omit.includes("iat")) jwt.setIssuedAt(now - issuedAgo);
  if (!omit.includes("exp")) jwt.setExpirationTime(now + expiresIn);
  return jwt.sign(new TextEncoder().encode(secret));
}

const FIGURES = "{ objectives { number labourFigures { value } } }";

describe("useCallerIdentity with a development secret", () => {
  const gateway = harness({ key: { secret: SECRET }, ...TIMING });
  afterAll(() => gateway[Symbol.asyncDispose]());

  it("makes a valid token's department, scopes and subject the caller", async () => {
    callers.length = 0;
    const { status, body } = await gateway.query(FIGURES, {}, { authorization: `Bearer ${await sign({ scope: "write publish" })}` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(callers).toEqual([{ subgraph: "labour", scopes: ["write", "publish"], subject: "maria@iefp.pt" }]);
  });

  it("makes a request without a token anonymous", async () => {
    callers.length = 0;
    expect((await gateway.query(FIGURES)).status).toBe(200);
    expect(callers).toEqual([null]);
  });

  it("signs each subgraph request for that subgraph, method and body, naming the caller and the request id", async () => {
    gateway.requests.length = 0;
    const response = await gateway.post({ query: FIGURES }, { authorization: `Bearer ${await sign({})}`, "x-request-id": "client-0001" });
    expect(response.status).toBe(200);
    expect(gateway.requests.map((request) => request.subgraph)).toEqual(["plan", "labour"]);
    for (const request of gateway.requests) {
      const target = { audience: request.subgraph, method: "POST", body: JSON.stringify(request.body) };
      const verified = await verifyCredential(request.headers.get(CREDENTIAL_HEADER), target);
      expect(verified).toMatchObject({ ok: true, credential: { caller: { subgraph: "labour", scopes: ["write"], subject: "maria@iefp.pt" }, requestId: response.headers.get("x-request-id"), clientRequestId: "client-0001" } });
      // Bound to its subgraph: the same credential is refused by another.
      expect(await verifyCredential(request.headers.get(CREDENTIAL_HEADER), { ...target, audience: request.subgraph === "plan" ? "labour" : "plan" })).toMatchObject({ ok: false });
    }
  });

  it("gives each caller a partition of its own: the same caller twice shares one, other callers and anonymous do not", async () => {
    const partition = async (authorization?: string) => {
      gateway.requests.length = 0;
      await gateway.query("{ pillars { numeral } }", {}, authorization ? { authorization } : {});
      return gateway.requests[0]!.headers.get(CALLER_PARTITION_HEADER);
    };
    const maria = await partition(`Bearer ${await sign({})}`);
    expect(await partition(`Bearer ${await sign({ issuedAgo: 20 })}`)).toBe(maria);
    expect(await partition(`Bearer ${await sign({ sub: "ana@iefp.pt" })}`)).not.toBe(maria);
    expect(await partition(`Bearer ${await sign({ subgraph: "border" })}`)).not.toBe(maria);
    expect(await partition()).toBe("anonymous");
  });

  it.each([
    ["an expired token", { expiresIn: -60 }, "The token has expired"],
    ["a token for another audience", { audience: "another-app" }, "The token's 'aud' claim is not acceptable: check_failed"],
    ["a token without sub", { omit: ["sub"] }, "The token has no 'sub' claim; tokens must carry sub, exp and iat"],
    ["a token without exp", { omit: ["exp"] }, "The token has no 'exp' claim; tokens must carry sub, exp and iat"],
    ["a token without iat", { omit: ["iat"] }, "The token has no 'iat' claim; tokens must carry sub, exp and iat"],
    ["a token older than the maximum age", { issuedAgo: 9 * 3600, expiresIn: 3600 }, "The token is older than this gateway's maximum token age"],
    ["a token naming no department", { subgraph: "Labour Dept" }, "The token names no subgraph (claim 'subgraph': the department's subgraph, e.g. border)"],
  ] as [string, Claims, string][])("refuses %s with 401 saying why", async (_, claims, message) => {
    const response = await gateway.post({ query: FIGURES }, { authorization: `Bearer ${await sign(claims)}` });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
    expect(await response.json()).toEqual({ errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] });
  });

  it("refuses a forged signature, a malformed token and a header that is not Bearer, with 401, before any subgraph request", async () => {
    const cases = [
      [`Bearer ${await sign({}, "someone-elses-secret-of-32-characters!!")}`, "The token's signature is invalid"],
      ["Bearer not-a-token", "The token is malformed or cannot be verified"],
      ["Basic abc", "The Authorization header must be 'Bearer <token>'"],
    ];
    gateway.requests.length = 0;
    for (const [authorization, message] of cases) {
      const response = await gateway.post({ query: FIGURES }, { authorization: authorization! });
      expect(response.status, authorization).toBe(401);
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(message);
    }
    expect(gateway.requests).toEqual([]); // refused before any subgraph is asked
  });

  it("tolerates a clock a few seconds ahead, as configured", async () => {
    expect((await gateway.query(FIGURES, {}, { authorization: `Bearer ${await sign({ issuedAgo: -10 })}` })).status).toBe(200);
  });
});

describe("useCallerIdentity with an identity provider's JWKS", () => {
  const JWKS_URL = "https://idp.example.pt/.well-known/jwks.json";
  const gateway = harness({ key: { jwksUrl: JWKS_URL }, ...TIMING, issuer: "https://idp.example.pt" });
  let privateKey: CryptoKey;
  const realFetch = globalThis.fetch;
  afterEach(() => vi.unstubAllGlobals());
  afterAll(() => gateway[Symbol.asyncDispose]());

  /** The provider's JWKS, fetched by jose through the global fetch: answered here, in process. */
  async function serveJwks() {
    const pair = await generateKeyPair("RS256");
    privateKey = pair.privateKey;
    const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: "idp-key-1", alg: "RS256", use: "sig" }] };
    vi.stubGlobal("fetch", (url: string | URL | Request, init?: RequestInit) => (String(url) === JWKS_URL ? Promise.resolve(Response.json(jwks)) : realFetch(url, init)));
  }

  const providerToken = (issuer = "https://idp.example.pt") =>
    new SignJWT({ subgraph: "labour", scope: "write" })
      .setProtectedHeader({ alg: "RS256", kid: "idp-key-1" })
      .setSubject("maria@iefp.pt")
      .setIssuer(issuer)
      .setAudience("gcm-hub")
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(privateKey);

  it("accepts a token signed by the provider's key; refuses another issuer's and a development (HS256) token", async () => {
    await serveJwks();
    callers.length = 0;
    expect((await gateway.query(FIGURES, {}, { authorization: `Bearer ${await providerToken()}` })).status).toBe(200);
    expect(callers).toEqual([{ subgraph: "labour", scopes: ["write"], subject: "maria@iefp.pt" }]);

    const wrongIssuer = await gateway.query(FIGURES, {}, { authorization: `Bearer ${await providerToken("https://someone-else.example.com")}` });
    expect(wrongIssuer.status).toBe(401);
    expect(wrongIssuer.body.errors![0]!.message).toMatch(/'iss' claim/);
    const development = await gateway.query(FIGURES, {}, { authorization: `Bearer ${await sign({})}` });
    expect(development.status).toBe(401);
    expect(development.body.errors![0]!.message).toBe("The token is signed with an algorithm this gateway does not accept");
  });
});
