// Each caller sees and changes only what it may. Every attack of the security review
// is replayed here against the running hub and must be refused: drafts shared through
// in-flight deduplication, subgraph credentials replayed elsewhere or twice, and
// anonymous mutations that got input validation first (tokens without subject or
// expiry: gateway/test/plugins/useCallerIdentity.test.ts). Then departments write their
// own data through the gateway: every refusal has the right code at the subgraph, a
// figure is recorded, published and corrected with an audit trail, and concurrent
// writes lose and duplicate nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from "graphql";
import fs from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import { startSlowProxy, type SlowProxy } from "./support/slowProxy.js";
import { startTestHub, type TestHub } from "./support/testHub.js";
import { token } from "./support/tokens.js";
import { LABOUR_FIGURE as FIGURE } from "./support/figureInputs.js";

let hub: TestHub;
let labourProxy: SlowProxy;
let planProxy: SlowProxy;
let labourRequests: { method: string; headers: IncomingHttpHeaders; body: string }[] = [];
let planRequests: { headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  [labourProxy, planProxy] = await Promise.all([startSlowProxy(0), startSlowProxy(0)]);
  labourProxy.onRequest = (method, headers, body) => labourRequests.push({ method, headers, body });
  planProxy.onRequest = (_, headers, body) => planRequests.push({ headers, body });
  // No response cache: every read reaches the subgraphs, as with RESPONSE_CACHE_TTL_MS=0 in the review.
  hub = await startTestHub({ gatewayEnv: { RESPONSE_CACHE_TTL_MS: "0" }, gatewaySubgraphUrls: { labour: labourProxy.url, plan: planProxy.url } });
  labourProxy.target = origin("labour");
  planProxy.target = origin("plan");
});
afterAll(async () => {
  await hub?.close();
  await Promise.all([labourProxy?.close(), planProxy?.close()]);
});

/** Captured request headers as a client would resend them (the body sets its own length). */
function resend(headers: IncomingHttpHeaders): Record<string, string> {
  const { host: _host, connection: _connection, "content-length": _length, ...rest } = headers;
  return rest as Record<string, string>;
}

function origin(subgraph: string): string {
  return new URL(directUrl(subgraph)).origin;
}
function directUrl(subgraph: string): string {
  return hub.hub.subgraphs.find(({ name }) => name === subgraph)!.url;
}

type Body = { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
async function call(url: string, query: string, variables: Record<string, unknown> = {}, bearer?: string): Promise<Body & { status: number }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Body) };
}

const RECORD = `mutation($input: FigureInput!) { recordLabourFigure(input: $input) { id status } }`;
const LABOUR_FIGURES = `query LabourView { labourFigures(first: 100) { edges { node { id status label } } } }`;

async function recordDraft(): Promise<string> {
  const recorded = await call(hub.hub.gatewayUrl, RECORD, { input: FIGURE }, await token({ subgraph: "labour", scopes: ["write"] }));
  expect(recorded.errors).toBeUndefined();
  return recorded.data.recordLabourFigure.id;
}

describe("in-flight deduplication never shares a subgraph request between callers", () => {
  it.each(["rust", "js"])("%s planner: anonymous, border and labour readers of a slow labour subgraph each get exactly their own view", async (planner) => {
    const draft = await recordDraft();
    const gateway = await hub.startGateway({ QUERY_PLANNER: planner, RESPONSE_CACHE_TTL_MS: "0", SUBGRAPH_URL_LABOUR: labourProxy.url, SUBGRAPH_URL_PLAN: planProxy.url });
    const [border, labour] = [await token({ subgraph: "border", scopes: ["write", "publish"] }), await token({ subgraph: "labour", scopes: ["write"] })];
    labourProxy.delayMs = 300;
    labourRequests = [];
    try {
      // The review's timing: the same query 50 ms apart while the subgraph is slow.
      const readers = [undefined, border, labour, labour];
      const views = await Promise.all(
        readers.map(async (bearer, index) => {
          await new Promise((resolve) => setTimeout(resolve, index * 50));
          return call(gateway.url, LABOUR_FIGURES, {}, bearer);
        }),
      );
      const drafts = views.map((view) => view.data.labourFigures.edges.filter(({ node }: { node: { status: string } }) => node.status === "DRAFT").map(({ node }: { node: { id: string } }) => node.id));
      expect(drafts[0]).toEqual([]); // anonymous
      expect(drafts[1]).toEqual([]); // border
      expect(drafts[2]).toContain(draft); // labour
      expect(drafts[3]).toEqual(drafts[2]);
      // Three callers, three subgraph requests: the two identical labour reads still share one.
      expect(labourRequests.filter((request) => request.body.includes("labourFigures"))).toHaveLength(3);
    } finally {
      labourProxy.delayMs = 0;
      await gateway.stop();
    }
  });
});

describe("a subgraph accepts a credential only for the request it was made for", () => {
  it("headers the plan subgraph received during a labour user's read, replayed to labour as publishLabourFigure, are refused", async () => {
    const draft = await recordDraft();
    planRequests = [];
    const publisher = await token({ subgraph: "labour", scopes: ["write", "publish"] });
    const read = await call(hub.hub.gatewayUrl, `{ objectives(numbers: [6]) { title labourFigures { value } } }`, {}, publisher);
    expect(read.errors).toBeUndefined();
    const captured = planRequests.at(-1)!.headers;
    const publish = JSON.stringify({ query: `mutation { publishLabourFigure(id: "${draft}") { id status } }` });
    const replayed = await fetch(directUrl("labour"), { method: "POST", headers: resend(captured), body: publish });
    expect(replayed.status).toBe(401);
    expect(((await replayed.json()) as Body).errors![0]!.message).toMatch(/gateway credential not for this request \(aud/);
    // Nor to plan itself with another body.
    const toPlan = await fetch(directUrl("plan"), { method: "POST", headers: resend(captured), body: JSON.stringify({ query: "{ pillars { title } }" }) });
    expect(toPlan.status).toBe(401);
    expect(((await toPlan.json()) as Body).errors![0]!.message).toMatch(/made for another request body/);
    // The draft is still a draft.
    const view = await call(hub.hub.gatewayUrl, LABOUR_FIGURES, {}, publisher);
    expect(view.data.labourFigures.edges.find(({ node }: { node: { id: string } }) => node.id === draft).node.status).toBe("DRAFT");
  });

  it("a mutation sent again to its subgraph, byte for byte within the credential's lifetime, is refused and writes nothing", async () => {
    labourRequests = [];
    const draft = await recordDraft();
    const original = labourRequests.find((request) => request.body.includes("recordLabourFigure"))!;
    const labour = await token({ subgraph: "labour", scopes: ["write"] });
    const before = (await call(hub.hub.gatewayUrl, LABOUR_FIGURES, {}, labour)).data.labourFigures.edges.length;
    const replayed = await fetch(directUrl("labour"), { method: "POST", headers: resend(original.headers), body: original.body });
    expect(replayed.status).toBe(401);
    expect(((await replayed.json()) as Body).errors![0]!.message).toBe("This request's gateway credential was already used: a mutation is accepted once");
    const after = (await call(hub.hub.gatewayUrl, LABOUR_FIGURES, {}, labour)).data.labourFigures.edges;
    expect(after).toHaveLength(before);
    expect(after.filter(({ node }: { node: { id: string } }) => node.id === draft)).toHaveLength(1);
  });
});

/** A value of `type` that passes GraphQL validation and fails every department's input checks. */
function invalidValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return invalidValue(type.ofType);
  if (isListType(type)) return [];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(Object.values(named.getFields()).filter((field) => isNonNullType(field.type)).map((field) => [field.name, invalidValue(field.type)]));
  }
  return { Int: -1, Float: -1, Boolean: false }[named.name] ?? "";
}

describe("every mutation refuses an anonymous caller before looking at its input", () => {
  const schema = buildSchema(fs.readFileSync("schema/api.graphql", "utf8"));
  const mutations = Object.values(schema.getMutationType()!.getFields());

  it("covers every mutation of the graph", () => {
    expect(mutations.length).toBeGreaterThanOrEqual(29);
  });

  it.each(mutations.map((field) => [field.name, field] as const))("%s answers UNAUTHENTICATED to an anonymous caller with invalid input", async (name, field) => {
    const required = field.args.filter((arg) => isNonNullType(arg.type));
    const declarations = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ");
    const argumentsText = required.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
    const selection = /^(Int|Float|String|Boolean|ID)$/.test(getNamedType(field.type).name) ? "" : " { __typename }";
    const query = `mutation${declarations ? `(${declarations})` : ""} { ${name}${argumentsText ? `(${argumentsText})` : ""}${selection} }`;
    const variables = Object.fromEntries(required.map((arg) => [arg.name, invalidValue(arg.type)]));
    const answer = await call(hub.hub.gatewayUrl, query, variables);
    expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(answer.errors)).toBe("UNAUTHENTICATED");
    expect(answer.errors![0]!.message).toMatch(/^Sign in: changing [a-z]+ data needs a token for the [a-z]+ department$/);
  });
});

describe("a correction of a published figure waits for a publish caller", () => {
  const AMIF = "labour.amif_projects_financed";
  const CORRECT = `mutation($id: ID!, $input: FigureInput!) { correctLabourFigure(id: $id, input: $input) { id value status } }`;
  const PUBLISH = `mutation($id: ID!) { publishLabourFigure(id: $id) { id value status } }`;
  const PUBLIC_VALUE = `{ labourFigures(first: 100) { edges { node { id value status } } } }`;
  const REVISIONS = `query($id: ID!) { labourFigureRevisions(id: $id) { revision status value recordedBy publishedBy } }`;
  const amif = (input: Partial<typeof FIGURE>) => ({
    ...FIGURE,
    label: "Projects financed by AMIF",
    unit: "projects",
    period: { start: "2015", end: "2021", label: "2014-2020 programming period" },
    objective: 6,
    ...input,
  });
  const publicValue = async () => (await call(hub.hub.gatewayUrl, PUBLIC_VALUE)).data.labourFigures.edges.find(({ node }: { node: { id: string } }) => node.id === AMIF).node.value;

  it("a write-only token's correction is a draft revision: the public keeps the published value until a publisher publishes it", async () => {
    const writer = await token({ subgraph: "labour", scopes: ["write"], subject: "ana" });
    const publisher = await token({ subgraph: "labour", scopes: ["write", "publish"], subject: "rui" });
    const corrected = await call(hub.hub.gatewayUrl, CORRECT, { id: AMIF, input: amif({ value: 999999 }) }, writer);
    expect(corrected.data.correctLabourFigure).toEqual({ id: AMIF, value: 999999, status: "DRAFT" });
    expect(await publicValue()).toBe(4);

    // A second correction before publication replaces the waiting one.
    await call(hub.hub.gatewayUrl, CORRECT, { id: AMIF, input: amif({ value: 5 }) }, writer);
    expect((await call(hub.hub.gatewayUrl, REVISIONS, { id: AMIF }, writer)).data.labourFigureRevisions).toEqual([
      { revision: 1, status: "PUBLISHED", value: 4, recordedBy: null, publishedBy: null },
      { revision: 2, status: "DRAFT", value: 5, recordedBy: "ana", publishedBy: null },
    ]);
    const refused = await call(hub.hub.gatewayUrl, PUBLISH, { id: AMIF }, writer);
    expect(refused.errors![0]).toMatchObject({ message: "The token lacks the 'publish' scope (it has: write)", extensions: { code: "FORBIDDEN" } });
    expect(await publicValue()).toBe(4);

    const published = await call(hub.hub.gatewayUrl, PUBLISH, { id: AMIF }, publisher);
    expect(published.data.publishLabourFigure).toEqual({ id: AMIF, value: 5, status: "PUBLISHED" });
    expect(await publicValue()).toBe(5);
    expect((await call(hub.hub.gatewayUrl, REVISIONS, { id: AMIF }, writer)).data.labourFigureRevisions).toEqual([
      { revision: 1, status: "SUPERSEDED", value: 4, recordedBy: null, publishedBy: null },
      { revision: 2, status: "PUBLISHED", value: 5, recordedBy: "ana", publishedBy: "rui" },
    ]);
    const again = await call(hub.hub.gatewayUrl, PUBLISH, { id: AMIF }, publisher);
    expect(again.errors![0]!.message).toMatch(/is already published and has no correction waiting/);
  });

  it("shows revisions to the department only", async () => {
    expect((await call(hub.hub.gatewayUrl, REVISIONS, { id: AMIF })).errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    const border = await token({ subgraph: "border", scopes: ["write"] });
    expect((await call(hub.hub.gatewayUrl, REVISIONS, { id: AMIF }, border)).errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
    const labour = await token({ subgraph: "labour", scopes: ["write"] });
    expect((await call(hub.hub.gatewayUrl, REVISIONS, { id: "labour.nope" }, labour)).errors![0]).toMatchObject({ message: 'Invalid argument "id": no labour figure has id "labour.nope"' });
  });
});

describe("an idempotency key is bound to its caller and its request", () => {
  const RECORD_WITH_KEY = `mutation($input: FigureInput!, $key: String) { recordLabourFigure(input: $input, idempotencyKey: $key) { id value } }`;

  it("refuses the same key from another user, or with other input, and writes nothing; replays the same request", async () => {
    const [ana, rui] = [await token({ subgraph: "labour", scopes: ["write"], subject: "ana" }), await token({ subgraph: "labour", scopes: ["write"], subject: "rui" })];
    const key = "shared-key-20261201";
    const first = await call(hub.hub.gatewayUrl, RECORD_WITH_KEY, { input: FIGURE, key }, ana);
    const labourFigures = async () => (await call(hub.hub.gatewayUrl, LABOUR_FIGURES, {}, ana)).data.labourFigures.edges.length;
    const before = await labourFigures();
    for (const [bearer, input] of [[rui, { ...FIGURE, value: 121 }], [rui, FIGURE], [ana, { ...FIGURE, value: 121 }]] as const) {
      const refused = await call(hub.hub.gatewayUrl, RECORD_WITH_KEY, { input, key }, bearer);
      expect(refused.errors![0]).toMatchObject({ extensions: { code: "IDEMPOTENCY_KEY_REUSED", argument: "idempotencyKey" } });
      expect(refused.errors![0]!.message).toMatch(/^The idempotency key "shared-key-20261201" was already used for a different request/);
    }
    expect(await labourFigures()).toBe(before);
    const retried = await call(hub.hub.gatewayUrl, RECORD_WITH_KEY, { input: FIGURE, key }, ana);
    expect(retried.data).toEqual(first.data);
  });
});

describe("the audit trail records the gateway's request id", () => {
  it("keeps a client's x-request-id apart, as the client's", async () => {
    const bearer = await token({ subgraph: "labour", scopes: ["write"], subject: "ana" });
    const response = await fetch(hub.hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${bearer}`, "x-request-id": "client-chosen-0001" },
      body: JSON.stringify({ query: RECORD, variables: { input: FIGURE } }),
    });
    const id = ((await response.json()) as Body).data.recordLabourFigure.id;
    const gatewayRequestId = response.headers.get("x-request-id");
    expect(gatewayRequestId).not.toBe("client-chosen-0001");
    const audit = await call(hub.hub.gatewayUrl, `{ labourAuditTrail(first: 20) { edges { node { entityId requestId clientRequestId } } } }`, {}, bearer);
    const entry = audit.data.labourAuditTrail.edges.map(({ node }: { node: unknown }) => node).find((node: { entityId: string }) => node.entityId === id);
    expect(entry).toEqual({ entityId: id, requestId: gatewayRequestId, clientRequestId: "client-chosen-0001" });
  });
});

// Writes through the gateway (what was test/writes.test.ts; its token refusals at the
// gateway are in gateway/test/plugins/useCallerIdentity.test.ts).
describe("department writes", () => {
  const RECORD = `mutation($input: FigureInput!, $key: String) { recordLabourFigure(input: $input, idempotencyKey: $key) { id status value } }`;
  const INPUT = {
    label: "Inspections in agriculture",
    value: 410,
    unit: "inspections",
    period: { start: "2022", end: "2022", label: "2022" },
    objective: 6,
    source: { document: "ACT activity report 2022", reference: "Chapter 2", quote: "410 inspections in agriculture" },
  };

  async function call(query: string, variables: Record<string, unknown>, bearer?: string) {
    const response = await fetch(hub.hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  }

  describe("refused by the subgraph that owns the data", () => {
    it("no token, another department, a missing scope", async () => {
      const anonymous = await call(RECORD, { input: INPUT });
      expect(anonymous.body.errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
      const border = await call(RECORD, { input: INPUT }, await token({ subgraph: "border", scopes: ["write", "publish"] }));
      expect(border.body.errors![0]).toMatchObject({ message: "The token is for the border department; only the labour department may change labour data", extensions: { code: "FORBIDDEN" } });
      const recorded = await call(RECORD, { input: INPUT }, await token({ subgraph: "labour", scopes: ["write"] }));
      const publish = await call(`mutation($id: ID!) { publishLabourFigure(id: $id) { id } }`, { id: recorded.body.data.recordLabourFigure.id }, await token({ subgraph: "labour", scopes: ["write"] }));
      expect(publish.body.errors![0]).toMatchObject({ message: "The token lacks the 'publish' scope (it has: write)", extensions: { code: "FORBIDDEN" } });
    });

    it("a direct call to the subgraph, bypassing the gateway, gets 401", async () => {
      const labourUrl = hub.hub.subgraphs.find((subgraph) => subgraph.name === "labour")!.url;
      const response = await fetch(labourUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: RECORD, variables: { input: INPUT } }) });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("a department user through the gateway", () => {
    it("records, publishes and corrects a figure; drafts stay private; the audit log shows each step", async () => {
      const writer = await token({ subgraph: "labour", scopes: ["write", "publish"], subject: "ines" });
      const recorded = await call(RECORD, { input: INPUT }, writer);
      const id = recorded.body.data.recordLabourFigure.id as string;
      expect(recorded.body.data.recordLabourFigure).toMatchObject({ status: "DRAFT", value: 410 });

      const dashboard = `{ objectives(numbers: [6]) { labourFigures { id } } }`;
      const visibleTo = async (bearer?: string) => (await call(dashboard, {}, bearer)).body.data.objectives[0].labourFigures.map((figure: { id: string }) => figure.id);
      expect(await visibleTo(writer)).toContain(id);
      expect(await visibleTo()).not.toContain(id);
      expect(await visibleTo(await token({ subgraph: "social", scopes: ["write"] }))).not.toContain(id);

      await call(`mutation($id: ID!) { publishLabourFigure(id: $id) { id } }`, { id }, writer);
      expect(await visibleTo()).toContain(id);
      const corrected = await call(`mutation($id: ID!, $input: FigureInput!) { correctLabourFigure(id: $id, input: $input) { value } }`, { id, input: { ...INPUT, value: 415 } }, writer);
      expect(corrected.body.data.correctLabourFigure.value).toBe(415);

      const audit = await call(`{ labourAuditTrail(first: 100) { edges { node { action subject entityId requestId } } } }`, {}, writer);
      const steps = audit.body.data.labourAuditTrail.edges.map((edge: { node: { action: string; subject: string; entityId: string; requestId: string } }) => edge.node).filter((entry: { entityId: string }) => entry.entityId === id);
      expect(steps.map((entry: { action: string; subject: string }) => `${entry.action} by ${entry.subject}`).reverse()).toEqual(["recordFigure by ines", "publishFigure by ines", "correctFigure by ines"]);
      expect(steps.every((entry: { requestId: string }) => entry.requestId.length > 0)).toBe(true);
    });

    it("100 concurrent writes from five departments, a third of them retries, each to its own subgraph: nothing lost, nothing duplicated", async () => {
      const departments = [
        { name: "labour", mutation: "recordLabourFigure", figures: "labourFigures" },
        { name: "border", mutation: "recordBorderFigure", figures: "borderFigures" },
        { name: "integration", mutation: "recordIntegrationFigure", figures: "integrationFigures" },
        { name: "diaspora", mutation: "recordDiasporaFigure", figures: "diasporaFigures" },
        { name: "social", mutation: "recordSocialProtectionFigure", figures: "socialProtectionFigures" },
      ];
      const tokens = new Map(await Promise.all(departments.map(async ({ name }) => [name, await token({ subgraph: name, scopes: ["write"] })] as const)));
      const count = async ({ name, figures }: (typeof departments)[number]) =>
        (await call(`{ ${figures}(first: 1, filter: { objective: 9 }) { totalCount } }`, {}, tokens.get(name))).body.data[figures].totalCount as number;
      const before = await Promise.all(departments.map(count));

      // 20 requests per department; 14 distinct keys each, so 6 are retries of an earlier key.
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, index) => {
          const department = departments[index % 5]!;
          const key = `five-departments-${department.name}-${Math.floor(index / 5) % 14}`;
          return call(`mutation($input: FigureInput!, $key: String) { ${department.mutation}(input: $input, idempotencyKey: $key) { id } }`, { input: { ...INPUT, objective: 9 }, key }, tokens.get(department.name));
        }),
      );
      expect(results.filter((result) => result.body.errors)).toEqual([]);
      const after = await Promise.all(departments.map(count));
      expect(after.map((total, index) => total - before[index]!)).toEqual([14, 14, 14, 14, 14]);
    });

    it("a mutation whose second field fails keeps its first field's write; resent with the same keys, the first writes nothing again", async () => {
      const writer = await token({ subgraph: "labour", scopes: ["write", "publish"] });
      const record = async () => (await call(RECORD, { input: INPUT }, writer)).body.data.recordLabourFigure.id as string;
      const [first, second] = [await record(), await record()];
      const TWO = `mutation($first: ID!, $second: ID!) {
        first: publishLabourFigure(id: $first, idempotencyKey: "partly-failed-first") { id status }
        second: publishLabourFigure(id: $second, idempotencyKey: "partly-failed-second") { id status }
      }`;
      const publishesOf = async (id: string) => {
        const audit = await call(`{ labourAuditTrail(first: 100) { edges { node { action entityId } } } }`, {}, writer);
        return audit.body.data.labourAuditTrail.edges.filter(({ node }: { node: { action: string; entityId: string } }) => node.entityId === id && node.action === "publishFigure").length;
      };

      const failed = await call(TWO, { first, second: "labour.no_such_figure" }, writer);
      expect(failed.body.data ?? null).toBeNull(); // both fields are non-null: one error nulls the whole answer
      expect(failed.body.errors).toMatchObject([{ path: ["second"], extensions: { code: "BAD_USER_INPUT", argument: "id" } }]);
      expect(await publishesOf(first)).toBe(1);

      const retried = await call(TWO, { first, second }, writer);
      expect(retried.body).toEqual({ data: { first: { id: first, status: "PUBLISHED" }, second: { id: second, status: "PUBLISHED" } } });
      expect([await publishesOf(first), await publishesOf(second)]).toEqual([1, 1]);
    });

    it("another department's token writing labour data is refused and writes nothing", async () => {
      const labour = await token({ subgraph: "labour", scopes: ["write"] });
      const border = await token({ subgraph: "border", scopes: ["write", "publish"] });
      const countOf = async () => (await call(`{ labourFigures(first: 1, filter: { objective: 10 }) { totalCount } }`, {}, labour)).body.data.labourFigures.totalCount as number;
      const before = await countOf();
      const results = await Promise.all(Array.from({ length: 20 }, () => call(RECORD, { input: { ...INPUT, objective: 10 } }, border)));
      expect(results.every((result) => result.body.errors?.[0]?.extensions?.code === "FORBIDDEN")).toBe(true);
      expect(await countOf()).toBe(before);
    });
  });
});
