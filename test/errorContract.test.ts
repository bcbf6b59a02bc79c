// docs/errors.md is the error contract. Each row of its table is provoked here, with
// both Accept types, against one test hub (plus gateways in front of it): code, status
// and the department's name in `extensions.subgraph` must be what the row says. A row
// without a provoking case, or a case without a row, fails: the two cannot drift.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCredentialSigner, createLogger, openPostgresDatabase, signingFetch, startSubgraph, type SubgraphInstance } from "@gcm-hub/kit";
import { openTestDatabase, type TestDatabase } from "@gcm-hub/kit/testing";
import { labour } from "../subgraphs/labour/src/server.js";
import { social } from "../subgraphs/social/src/server.js";
import { ROOT } from "../gateway/src/config.js";
import { sha256 } from "../gateway/src/trustedDocuments.js";
import { PRODUCTION_GATEWAY_ENV, startTestHub, testGatewayPublicKeys, testSigningKey, type TestHub } from "./support/testHub.js";
import { token } from "./support/tokens.js";
import { LABOUR_FIGURE as FIGURE } from "./support/figureInputs.js";

interface ContractRow {
  code: string;
  cause: string;
  status: Record<Accept, number>;
  producer: string;
  example: string;
}

const ACCEPTS = ["application/graphql-response+json", "application/json"] as const;
type Accept = (typeof ACCEPTS)[number];
const SUBGRAPHS = ["plan", "border", "integration", "diaspora", "labour", "social"];

/** The table's rows: | `CODE` | cause | status | status | produced by | `example` |. */
function contractRows(markdown: string): ContractRow[] {
  return markdown
    .split("\n")
    .filter((line) => /^\| `[A-Z_]+` \|/.test(line))
    .map((line) => {
      const cells = line.slice(1, -1).split("|").map((cell) => cell.trim());
      if (cells.length !== 6) throw new Error(`docs/errors.md: a row needs 6 cells, this one has ${cells.length}: ${line}`);
      const [code, cause, graphqlResponse, json, producer, example] = cells as [string, string, string, string, string, string];
      const unquote = (cell: string) => cell.replace(/^`(.*)`$/, "$1");
      return { code: unquote(code), cause, status: { [ACCEPTS[0]]: Number(graphqlResponse), [ACCEPTS[1]]: Number(json) } as Record<Accept, number>, producer, example: unquote(example) };
    });
}

/** The example as a pattern: `…` stands for what varies. */
function messagePattern(example: string): RegExp {
  return new RegExp(`^${example.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
}

const rows = contractRows(fs.readFileSync(path.join(ROOT, "docs", "errors.md"), "utf8"));

type Provoke = (accept: Accept) => Promise<Response>;

let hub: TestHub;
let trustedOnly: { url: string; stop(): Promise<void> };
let faulty: { url: string; stop(): Promise<void> };
const departments: { stop(): Promise<void> }[] = [];

/** A department whose database cannot be reached (nothing listens on port 9). */
async function departmentWithoutDatabase(): Promise<string> {
  const log = createLogger("social", "silent");
  const database = openPostgresDatabase({ url: "postgresql://postgres@127.0.0.1:9/nowhere", log });
  const running = await startSubgraph(social, database, { log, gatewayKeys: testGatewayPublicKeys });
  departments.push({
    async stop() {
      await running.stop();
      await database.close();
    },
  });
  return running.instance.server.listen(0);
}

/** A department on a database it never migrated: its queries fail on missing tables. */
async function departmentWithoutTables(): Promise<string> {
  const database: TestDatabase = await openTestDatabase();
  const instance: SubgraphInstance = await labour.create({
    database: database.open(),
    log: createLogger("labour", "silent"),
    readiness: async () => ({ ready: true, checks: {} }),
    gatewayKeys: testGatewayPublicKeys,
  });
  departments.push({
    async stop() {
      await instance.server.stop();
      await instance.close();
      await database.close();
    },
  });
  return instance.server.listen(0);
}

async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  hub = await startTestHub({ gatewayEnv: { INTROSPECTION: "false" } });
  trustedOnly = await hub.startGateway({ NODE_ENV: "production", ...PRODUCTION_GATEWAY_ENV, JWT_JWKS_URL: "https://idp.example.pt/.well-known/jwks.json" });
  faulty = await hub.startGateway({
    SUBGRAPH_URL_BORDER: `http://127.0.0.1:${await closedPort()}/graphql`,
    SUBGRAPH_URL_SOCIAL: await departmentWithoutDatabase(),
    SUBGRAPH_URL_LABOUR: await departmentWithoutTables(),
  });
});
afterAll(async () => {
  await faulty?.stop();
  await trustedOnly?.stop();
  for (const department of departments) await department.stop();
  await hub?.close();
});

const gatewayUrl = () => hub.hub.gatewayUrl;
const subgraphUrl = (name: string) => hub.hub.subgraphs.find((subgraph) => subgraph.name === name)!.url;

function post(url: () => string, body: unknown, headers: Record<string, string> = {}): Provoke {
  return (accept) => fetch(url(), { method: "POST", headers: { "content-type": "application/json", accept, ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
}
const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const bearer = async (subgraph: string) => ({ authorization: `Bearer ${await token({ subgraph, scopes: ["write"] })}` });

/** A POST sent in chunks, without Content-Length. */
const chunked: Provoke = (accept) =>
  new Promise((resolve, reject) => {
    const request = http.request(gatewayUrl(), { method: "POST", headers: { "content-type": "application/json", accept, "transfer-encoding": "chunked" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve(new Response(Buffer.concat(chunks), { status: response.statusCode })));
    });
    request.on("error", reject);
    request.end(JSON.stringify({ query: "{ pillars { numeral } }" }));
  });

const RECORD = "mutation($input: FigureInput!, $key: String) { recordLabourFigure(input: $input, idempotencyKey: $key) { id } }";
/** The first write with a key (a replay after the first time), then the same key with other input. */
const reusedKey: Provoke = async (accept) => {
  const headers = await bearer("labour");
  await post(gatewayUrl, { query: RECORD, variables: { input: FIGURE, key: "contract-key-0001" } }, headers)(accept);
  return post(gatewayUrl, { query: RECORD, variables: { input: { ...FIGURE, value: 121 }, key: "contract-key-0001" } }, headers)(accept);
};

/** Fields nested `levels` deep, alternating objectives and initiatives. */
const nested = (levels: number, leaf: string) => {
  const fields = Array.from({ length: levels }, (_, level) => (level === 0 ? "objectives(numbers: [5])" : level % 2 ? "initiatives" : "objectives"));
  return `{ ${fields.join(" { ")} { ${leaf} }${" }".repeat(levels)}`;
};

/** How each row is provoked, by the row's example message. */
const cases: Record<string, Provoke[]> = {
  "POST body sent invalid JSON.": [post(gatewayUrl, "{nope")],
  "Must provide query string.": [post(gatewayUrl, {})],
  "Can only perform a mutation operation from a POST request.": [
    (accept) => fetch(`${gatewayUrl()}?query=${encodeURIComponent("mutation { recordLabourFigure }")}`, { headers: { accept, "x-graphql-csrf": "1" } }),
  ],
  "GraphQL only supports GET and POST requests.": [(accept) => fetch(gatewayUrl(), { method: "PUT", headers: { "content-type": "application/json", accept }, body: "{}" })],
  "Batching is limited to 5 operations per request.": [post(gatewayUrl, Array.from({ length: 6 }, () => ({ query: "{ pillars { numeral } }" })))],
  "The x-request-id header must be 1 to 128 letters, digits, '.', '_', ':' or '-'": [post(gatewayUrl, { query: "{ pillars { numeral } }" }, { "x-request-id": "not an id" })],
  "Required CSRF header(s) not present: send the operation as application/json, or add an x-graphql-csrf header (docs/front-end.md, CORS and CSRF)": [
    (accept) => fetch(gatewayUrl(), { method: "POST", headers: { "content-type": "text/plain", accept }, body: '{"query":"{ pillars { numeral } }"}' }),
    (accept) => fetch(`${gatewayUrl()}?query=${encodeURIComponent("{ pillars { numeral } }")}`, { headers: { accept } }),
  ],
  // Whatever Accept the row is tried with: this case is about an Accept that allows neither.
  "No answer in a type the Accept header allows (…): accept application/graphql-response+json or application/json": [
    () => fetch(gatewayUrl(), { method: "POST", headers: { "content-type": "application/json", accept: "text/csv" }, body: '{"query":"{ pillars { numeral } }"}' }),
  ],
  "A request body of type … is not read: send the operation as application/json": [
    (accept) => fetch(gatewayUrl(), { method: "POST", headers: { "content-type": "application/xml", accept, "x-graphql-csrf": "1" }, body: "<query/>" }),
  ],
  "No route …; the GraphQL endpoint is /graphql": [(accept) => fetch(new URL("/nope", gatewayUrl()), { headers: { accept } })],
  "POST requests must declare Content-Length": [chunked],
  "Request body of … bytes is over the limit of 102400 bytes": [post(gatewayUrl, { query: "{ pillars { numeral } }", variables: { pad: "x".repeat(102_400) } })],
  "The token is malformed or cannot be verified": [post(gatewayUrl, { query: "{ pillars { numeral } }" }, { authorization: "Bearer not-a-token" })],
  "Syntax Error: Expected Name, found <EOF>.": [post(gatewayUrl, { query: "{ pillars {" })],
  "Syntax Error: Token limit of 2000 exceeded.": [post(gatewayUrl, { query: `{ objectives(numbers: [${"1 ".repeat(2100)}]) { number } }` })],
  'Cannot query field "nope" on type "Query".': [post(gatewayUrl, { query: "{ nope }" })],
  'GraphQL introspection has been disabled, but the requested query contained the field "__schema".': [post(gatewayUrl, { query: "{ __schema { queryType { name } } }" })],
  "Syntax Error: Query depth limit of 10 exceeded, found 11.": [post(gatewayUrl, { query: nested(10, "code") })],
  "Syntax Error: Aliases limit of 15 exceeded, found 16.": [post(gatewayUrl, { query: `{ ${Array.from({ length: 16 }, (_, index) => `p${index}: pillars { numeral }`).join(" ")} }` })],
  "Syntax Error: Query Cost limit of 25000 exceeded, found ….": [post(gatewayUrl, { query: `{ ${"objectives { initiatives { ".repeat(3)}name${" } }".repeat(3)} }` })],
  "Syntax Error: Directives limit of 20 exceeded, found 21.": [post(gatewayUrl, { query: `{ pillars { ${"numeral @include(if: true) ".repeat(21)}} }` })],
  'Variable "$numbers" got invalid value "five"; Int cannot represent non-integer value: "five"': [
    post(gatewayUrl, { query: "query($numbers: [Int!]!) { objectives(numbers: $numbers) { number } }", variables: { numbers: "five" } }),
  ],
  "PersistedQueryNotFound: this gateway runs only published operations, and none has this hash. Publish the client's manifest first: npm run operations:publish -- --client <name> --version <version> persisted-documents.json (docs/front-end.md)": [
    post(() => trustedOnly.url, byHash(sha256("{ pillars { numeral } }"))),
    post(() => trustedOnly.url, { query: "{ pillars { numeral } }", ...byHash(sha256("{ pillars { numeral } }")) }),
  ],
  PersistedQueryNotFound: [post(gatewayUrl, byHash(sha256("{ pillars { title } }")))],
  "Only registered operations are accepted, sent by their hash in extensions.persistedQuery.sha256Hash; this gateway does not run query text": [
    post(() => trustedOnly.url, { query: "{ pillars { numeral } }" }),
  ],
  "No operation: send a registered operation's hash in extensions.persistedQuery.sha256Hash": [post(() => trustedOnly.url, {})],
  "provided sha256Hash does not match query": [
    post(gatewayUrl, { query: "{ pillars { numeral } }", ...byHash(sha256("{ pillars { title } }")) }),
    post(() => trustedOnly.url, { query: "{ pillars { numeral } }", ...byHash(sha256("{ pillars { title } }")) }),
  ],
  "The border subgraph is unavailable; its fields are null in this response": [post(() => faulty.url, { query: "{ objectives(numbers: [12]) { number borderFigures { value } } }" })],
  'Invalid argument "first": must be between 1 and 100, got 101': [post(gatewayUrl, { query: "{ socialSecurityConventions(first: 101) { totalCount } }" })],
  "Sign in: changing labour data needs a token for the labour department": [post(gatewayUrl, { query: RECORD, variables: { input: FIGURE } })],
  "The token is for the border department; only the labour department may change labour data": [
    async (accept) => post(gatewayUrl, { query: RECORD, variables: { input: FIGURE } }, await bearer("border"))(accept),
  ],
  'The idempotency key "…" was already used for a different request (another mutation, other input or another caller); it wrote nothing. Use a new key for a new request.': [reusedKey],
  "The social subgraph's database is unavailable": [post(() => faulty.url, { query: "{ healthPlans { code } }" })],
  "Internal error in the labour subgraph": [post(() => faulty.url, { query: "{ objectives(numbers: [6]) { number labourFigures { value } } }" })],
  "The labour subgraph accepts requests only from the GCM Hub gateway (missing gateway credential)": [post(() => subgraphUrl("labour"), { query: "{ __typename }" })],
  "No route /nope; the GraphQL endpoint is /graphql": [(accept) => fetch(subgraphUrl("labour").replace("/graphql", "/nope"), { headers: { accept } })],
  "Request body is larger than the limit of 1048576 bytes": [post(() => subgraphUrl("labour"), "x".repeat(1024 * 1024 + 1))],
  "Request body is not valid JSON: …": [
    (accept) => signingFetch(createCredentialSigner(testSigningKey), "labour")(subgraphUrl("labour"), { method: "POST", headers: { "content-type": "application/json", accept }, body: "{nope" }),
  ],
};

interface Answer {
  status: number;
  text: string;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}

async function answer(provoke: Provoke, accept: Accept): Promise<Answer> {
  const response = await provoke(accept);
  const text = await response.text();
  return { status: response.status, text, errors: (JSON.parse(text) as { errors?: Answer["errors"] }).errors ?? [] };
}

describe("docs/errors.md", () => {
  it("has a table, and every example message is its row's own", () => {
    expect(rows.length).toBeGreaterThan(20);
    expect(new Set(rows.map((row) => row.example)).size).toBe(rows.length);
  });

  it("lists every error this test provokes", () => {
    expect(Object.keys(cases).filter((example) => !rows.some((row) => row.example === example))).toEqual([]);
  });

  describe.each(rows)("$code: $cause", (row) => {
    it.each(ACCEPTS)(`answers ${row.status[ACCEPTS[0]]} / ${row.status[ACCEPTS[1]]} with Accept %s`, async (accept) => {
      const provocations = cases[row.example];
      expect(provocations, `no case in test/errorContract.test.ts provokes "${row.example}"`).toBeDefined();
      for (const provoke of provocations!) {
        const { status, text, errors } = await answer(provoke, accept);
        const error = errors.find((candidate) => candidate.extensions?.code === row.code && messagePattern(row.example).test(candidate.message));
        expect(error, `${row.code} "${row.example}" in ${text}`).toBeDefined();
        expect(status, text).toBe(row.status[accept]);
        if (row.producer.includes("department")) expect(SUBGRAPHS, `extensions.subgraph names the department in ${text}`).toContain(error!.extensions!.subgraph);
        expect(text).not.toContain("serviceName");
      }
    });
  });
});
