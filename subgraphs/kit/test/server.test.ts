import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "graphql";
import { createLogger, createSubgraphServer, signGatewayRequest, type BaseContext, type Readiness, type SubgraphServer } from "../src/index.js";

const SECRET = "a-test-secret-that-is-at-least-32-characters";
const OLD_SECRET = "the-previous-secret-still-accepted-during-rotation";

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { hello: String! broken: String! databaseDown: String! slow(ms: Int!): String! requestId: String! callerDepartment: String }
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
        callerDepartment: (_: unknown, __: unknown, context: BaseContext) => context.caller?.department ?? null,
      },
    },
    createContext: (context) => context,
    readiness: async () => readiness,
    log: createLogger("lab", "silent"),
    bodyLimitBytes: 1000,
    gatewaySecrets: [SECRET, OLD_SECRET],
  });
  url = await server.listen(0);
  base = url.replace("/graphql", "");
});
afterAll(() => server?.stop());

const post = (body: string, contentType = "application/json", headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", headers: { "content-type": contentType, ...signGatewayRequest(SECRET, null), ...headers }, body });
const unsigned = (headers: Record<string, string>) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: "{ hello }" }) });

describe("subgraph HTTP server", () => {
  it("answers queries and echoes the request id it was given", async () => {
    const response = await post(JSON.stringify({ query: "{ hello requestId }" }), "application/json", { "x-request-id": "req-42" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-42");
    expect(await response.json()).toEqual({ data: { hello: "world", requestId: "req-42" } });
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

describe("only the gateway may call", () => {
  it("refuses a request without a gateway signature, or signed with an unknown secret, or too old, with 401", async () => {
    for (const headers of [{}, signGatewayRequest("an-unknown-secret-that-is-32-chars-long", null), signGatewayRequest(SECRET, null, Date.now() - 3600_000)]) {
      const response = await unsigned(headers);
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
      expect(body.errors[0]!.message).toMatch(/^The lab subgraph accepts requests only from the GCM Hub gateway \((missing|gateway signature does not match|expired)/);
    }
  });

  it("refuses a caller identity altered after signing", async () => {
    const signed = signGatewayRequest(SECRET, { department: "labour", scopes: ["write"], subject: "a" });
    const forged = signGatewayRequest(SECRET, { department: "border", scopes: ["write"], subject: "a" });
    const response = await unsigned({ ...signed, "x-hub-caller": forged["x-hub-caller"]! });
    expect(response.status).toBe(401);
  });

  it("accepts the previous secret during rotation, and passes the caller to the context", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...signGatewayRequest(OLD_SECRET, { department: "labour", scopes: ["write"], subject: "ana" }) },
      body: JSON.stringify({ query: "{ callerDepartment }" }),
    });
    expect(await response.json()).toEqual({ data: { callerDepartment: "labour" } });
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
      gatewaySecrets: [SECRET],
    });
    const drainUrl = await draining.listen(0);
    const inFlight = fetch(drainUrl, { method: "POST", headers: { "content-type": "application/json", ...signGatewayRequest(SECRET, null) }, body: JSON.stringify({ query: "{ slow(ms: 300) }" }) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await draining.stop();
    const response = await inFlight;
    expect(await response.json()).toEqual({ data: { slow: "done" } });
    await expect(fetch(drainUrl, { method: "POST", body: "{}" })).rejects.toThrow();
  });
});
