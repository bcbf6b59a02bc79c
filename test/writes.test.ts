// Departments write their own data through the gateway: every refusal has the right
// code at the gateway and at the subgraph, a figure is recorded, published and
// corrected with an audit trail, and concurrent writes lose and duplicate nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/testHub.js";
import { token } from "./support/tokens.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

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

describe("refused at the gateway", () => {
  it("an expired token, a token for another audience, a forged signature and a malformed header get 401", async () => {
    const cases = [
      [await token({ subgraph: "labour", scopes: ["write"], expiresIn: -60 }), "The token has expired"],
      [await token({ subgraph: "labour", scopes: ["write"], audience: "another-app" }), "The token's 'aud' claim is not acceptable"],
      [await token({ subgraph: "labour", scopes: ["write"], secret: "someone-elses-secret-of-32-characters!!" }), "The token's signature is invalid"],
    ] as const;
    for (const [bearer, message] of cases) {
      const { status, body } = await call(RECORD, { input: INPUT }, bearer);
      expect(status).toBe(401);
      expect(body.errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
      expect(body.errors![0]!.message).toContain(message);
    }
    const malformed = await fetch(hub.hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", authorization: "Basic abc" }, body: "{}" });
    expect(malformed.status).toBe(401);
  });
});

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
