import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "graphql";
import { importJWK, jwtVerify, SignJWT } from "jose";
import {
  bodyHash,
  createCredentialSigner,
  createLogger,
  createSubgraphServer,
  CREDENTIAL_HEADER,
  generateGatewayKeyPair,
  type BaseContext,
  type Caller,
  type CredentialLedger,
  type Readiness,
  type SubgraphServer,
} from "../src/index.js";

// The current gateway key and the previous one, still accepted during a rotation.
const KEYS = generateGatewayKeyPair();
const OLD_KEYS = generateGatewayKeyPair();
const sign = createCredentialSigner(KEYS.privateKey);
const LABOUR: Caller = { subgraph: "lab", scopes: ["write"], subject: "ana" };

/** Credential ids the subgraph accepted, as a database ledger would keep them. */
const accepted = new Set<string>();
const ledger: CredentialLedger = {
  accept: async (id) => (accepted.has(id) ? false : Boolean(accepted.add(id))),
};

/** The credential header for `body` sent to the lab subgraph. */
async function credential(body: string, caller: Caller | null = null, signer = sign, audience = "lab", method = "POST") {
  return { [CREDENTIAL_HEADER]: await signer({ audience, method, body }, { caller, requestId: "gw-1", clientRequestId: "client-7" }) };
}

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { hello: String! broken: String! databaseDown: String! slow(ms: Int!): String! requestId: String! clientRequestId: String callerDepartment: String }
  type Mutation { touch(input: String!): String! }
`);

let readiness: Readiness = { ready: true, checks: { database: "ok" } };
let server: SubgraphServer<BaseContext>;
let url: string;
let base: string;

beforeAll(async () => {
  server = await createSubgraphServer<BaseContext>({
    name: "lab",
    typeDefs,
    resolvers: {
      Query: {
        hello: () => "world",
        broken: () => {
          throw new Error("secret connection string postgresql://user:pw@10.0.0.1/db");
        },
        databaseDown: () => {
          throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
        },
        slow: async (_: unknown, { ms }: { ms: number }) => new Promise((resolve) => setTimeout(() => resolve("done"), ms)),
        requestId: (_: unknown, __: unknown, context: BaseContext) => context.requestId,
        clientRequestId: (_: unknown, __: unknown, context: BaseContext) => context.clientRequestId,
        callerDepartment: (_: unknown, __: unknown, context: BaseContext) => context.caller?.subgraph ?? null,
      },
      Mutation: {
        touch: (_: unknown, { input }: { input: string }) => {
          if (input.length < 3) throw new Error("input too short: validation ran");
          return input;
        },
      },
    },
    createContext: (context) => context,
    readiness: async () => readiness,
    log: createLogger("lab", "silent"),
    bodyLimitBytes: 1000,
    gatewayKeys: [KEYS.publicKey, OLD_KEYS.publicKey],
    credentialLedger: ledger,
  });
  url = await server.listen(0);
  base = url.replace("/graphql", "");
});
afterAll(() => server?.stop());

const post = async (body: string, contentType = "application/json", headers: Record<string, string> = {}, caller: Caller | null = null) =>
  fetch(url, { method: "POST", headers: { "content-type": contentType, ...(await credential(body, caller)), ...headers }, body });
const HELLO = JSON.stringify({ query: "{ hello }" });
const withHeaders = (headers: Record<string, string>, body = HELLO) => fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
type ErrorBody = { data?: unknown; errors: { message: string; extensions: { code: string } }[] };

describe("subgraph HTTP server", () => {
  it("answers queries under the gateway's request id from the credential, never a header's", async () => {
    const response = await post(JSON.stringify({ query: "{ hello requestId clientRequestId }" }), "application/json", { "x-request-id": "forged-42" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("gw-1");
    expect(await response.json()).toEqual({ data: { hello: "world", requestId: "gw-1", clientRequestId: "client-7" } });
  });

  it("computes no cache hints: Apollo's cache-control plugin, which hooks every field, is off", async () => {
    const response = await post(HELLO);
    expect(await response.json()).toEqual({ data: { hello: "world" } });
    expect(response.headers.get("cache-control")).toBeNull();
  });

  it("reports health always and readiness truthfully", async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    readiness = { ready: false, checks: { database: "unreachable: connection refused" } };
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ status: "not ready", checks: { database: "unreachable: connection refused" } });
    readiness = { ready: true, checks: { database: "ok" } };
  });

  it("refuses a non-JSON body with 400 and says why", async () => {
    const response = await post("{ not json");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/^Request body is not valid JSON/);
  });

  it("refuses a body over the limit with 413", async () => {
    const response = await post(JSON.stringify({ query: `{ hello } #${"x".repeat(2000)}` }));
    expect(response.status).toBe(413);
  });

  it("answers unknown routes with 404 that points at /graphql", async () => {
    const response = await fetch(`${base}/nope`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("/graphql");
  });

  it("rejects malformed queries, unknown fields and wrong variable types with clear 400s", async () => {
    const syntax = await post(JSON.stringify({ query: "{ hello" }));
    expect(syntax.status).toBe(400);
    expect(JSON.stringify(await syntax.json())).toContain("Syntax Error");
    const unknown = await post(JSON.stringify({ query: "{ nope }" }));
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('Cannot query field \\"nope\\" on type \\"Query\\"');
    const variable = await post(JSON.stringify({ query: "query($ms: Int!) { slow(ms: $ms) }", variables: { ms: "soon" } }));
    expect(variable.status).toBe(400);
    expect(JSON.stringify(await variable.json())).toContain("Int cannot represent");
  });

  it("masks internal errors: names the subgraph, leaks no message, URL or stack", async () => {
    const response = await post(JSON.stringify({ query: "{ broken }" }));
    const text = await response.text();
    expect(text).toContain("Internal error in the lab subgraph");
    expect(text).not.toContain("postgresql://");
    expect(text).not.toContain("stacktrace");
  });

  it("reports an unreachable database as SERVICE_UNAVAILABLE", async () => {
    const body = (await (await post(JSON.stringify({ query: "{ databaseDown }" }))).json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ message: "The lab subgraph's database is unavailable", extensions: { code: "SERVICE_UNAVAILABLE" } });
  });
});

describe("only the gateway may call, and only for the request it signed", () => {
  async function refusal(response: Response) {
    expect(response.status).toBe(401);
    const body = (await response.json()) as ErrorBody;
    expect(body.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
    return body.errors[0]!.message.replace(/^The lab subgraph accepts requests only from the GCM Hub gateway \((.*)\)$/, "$1");
  }

  it("refuses a request without a credential, or signed by a key it does not hold", async () => {
    expect(await refusal(await withHeaders({}))).toBe("missing gateway credential");
    const stranger = createCredentialSigner(generateGatewayKeyPair().privateKey);
    expect(await refusal(await withHeaders(await credential(HELLO, null, stranger)))).toBe("gateway credential not signed by a known gateway key");
  });

  it("refuses a credential made for another subgraph, another method or another body", async () => {
    expect(await refusal(await withHeaders(await credential(HELLO, null, sign, "labour")))).toMatch(/^gateway credential not for this request \(aud/);
    expect(await refusal(await withHeaders(await credential(HELLO, null, sign, "lab", "GET")))).toBe("gateway credential made for another HTTP method");
    const read = await credential(JSON.stringify({ query: "{ callerDepartment }" }), LABOUR);
    expect(await refusal(await withHeaders(read, JSON.stringify({ query: "mutation { touch(input: \"abc\") }" })))).toBe("gateway credential made for another request body");
  });

  it("refuses a credential older than its lifetime, or minted without a unique id", async () => {
    const key = KEYS.privateKey;
    const claims = { htm: "POST", bh: bodyHash(HELLO), caller: null, rid: "gw-1" };
    const old = await new SignJWT(claims).setProtectedHeader({ alg: "EdDSA", kid: key.kid }).setIssuer("gcm-hub-gateway").setAudience("lab")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120).setExpirationTime(Math.floor(Date.now() / 1000) + 60).setJti("x").sign(await importJWK(key, "EdDSA"));
    expect(await refusal(await withHeaders({ [CREDENTIAL_HEADER]: old }))).toBe("expired gateway credential");
    const noId = await new SignJWT(claims).setProtectedHeader({ alg: "EdDSA", kid: key.kid }).setIssuer("gcm-hub-gateway").setAudience("lab")
      .setIssuedAt().setExpirationTime("30s").sign(await importJWK(key, "EdDSA"));
    expect(await refusal(await withHeaders({ [CREDENTIAL_HEADER]: noId }))).toBe("malformed gateway credential");
  });

  it("is a standard EdDSA JWT: jose verifies what the gateway signs, and the subgraph accepts what jose signs", async () => {
    const token = (await credential(HELLO, LABOUR))[CREDENTIAL_HEADER]!;
    const { payload, protectedHeader } = await jwtVerify(token, await importJWK(KEYS.publicKey, "EdDSA"), { issuer: "gcm-hub-gateway", audience: "lab", maxTokenAge: "30s" });
    expect(protectedHeader).toMatchObject({ alg: "EdDSA", kid: KEYS.privateKey.kid });
    expect(payload).toMatchObject({ htm: "POST", bh: bodyHash(HELLO), caller: LABOUR, rid: "gw-1", crid: "client-7" });
    const byJose = await new SignJWT({ htm: "POST", bh: bodyHash(HELLO), caller: null, rid: "gw-2" })
      .setProtectedHeader({ alg: "EdDSA", kid: KEYS.privateKey.kid }).setIssuer("gcm-hub-gateway").setAudience("lab")
      .setIssuedAt().setExpirationTime("30s").setJti("jose-made").sign(await importJWK(KEYS.privateKey, "EdDSA"));
    expect(await (await withHeaders({ [CREDENTIAL_HEADER]: byJose })).json()).toEqual({ data: { hello: "world" } });
  });

  it("accepts the previous key during rotation, and passes the caller to the context", async () => {
    const body = JSON.stringify({ query: "{ callerDepartment }" });
    const response = await withHeaders(await credential(body, LABOUR, createCredentialSigner(OLD_KEYS.privateKey)), body);
    expect(await response.json()).toEqual({ data: { callerDepartment: "lab" } });
  });

  it("accepts a mutation's credential once: a replay is refused", async () => {
    const body = JSON.stringify({ query: 'mutation { touch(input: "abc") }' });
    const headers = await credential(body, LABOUR);
    expect(await (await withHeaders(headers, body)).json()).toEqual({ data: { touch: "abc" } });
    const replay = await withHeaders(headers, body);
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as ErrorBody).errors[0]!.message).toBe("This request's gateway credential was already used: a mutation is accepted once");
  });

  it("refuses a mutation from an anonymous caller or another department before looking at its input", async () => {
    const body = JSON.stringify({ query: 'mutation { touch(input: "x") }' });
    const anonymous = (await (await post(body)).json()) as ErrorBody;
    expect(anonymous.errors[0]).toMatchObject({ message: "Sign in: changing lab data needs a token for the lab department", extensions: { code: "UNAUTHENTICATED" } });
    const other = (await (await post(body, "application/json", {}, { subgraph: "border", scopes: ["write"], subject: "eva" })).json()) as ErrorBody;
    expect(other.errors[0]).toMatchObject({ message: "The token is for the border department; only the lab department may change lab data", extensions: { code: "FORBIDDEN" } });
    // The same input from the department reaches its resolver, which refuses it.
    const own = (await (await post(body, "application/json", {}, LABOUR)).json()) as ErrorBody;
    expect(own.errors[0]!.message).toBe("Internal error in the lab subgraph");
  });

  it("keeps health and readiness open", async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});

describe("graceful shutdown", () => {
  it("lets an in-flight request finish before stopping", async () => {
    const draining = await createSubgraphServer<BaseContext>({
      name: "drain",
      typeDefs,
      resolvers: { Query: { slow: async () => new Promise((resolve) => setTimeout(() => resolve("done"), 300)) } },
      createContext: (context) => context,
      readiness: async () => ({ ready: true, checks: {} }),
      log: createLogger("drain", "silent"),
      gatewayKeys: [KEYS.publicKey],
      credentialLedger: ledger,
    });
    const drainUrl = await draining.listen(0);
    const slow = JSON.stringify({ query: "{ slow(ms: 300) }" });
    const inFlight = fetch(drainUrl, { method: "POST", headers: { "content-type": "application/json", ...(await credential(slow, null, sign, "drain")) }, body: slow });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await draining.stop();
    const response = await inFlight;
    expect(await response.json()).toEqual({ data: { slow: "done" } });
    await expect(fetch(drainUrl, { method: "POST", body: "{}" })).rejects.toThrow();
  });
});
