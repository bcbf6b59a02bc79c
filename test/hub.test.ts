// The walking skeleton end to end: the hub boots, the gateway serves the
// composed graph, bad input gets clear errors (GraphiQL and the dashboard page:
// gateway/test/gateway.test.ts). Then what only the whole hub shows: GraphQL-over-HTTP conformance (graphql-http's audits),
// 1,200 hostile requests without a 5xx, and every figure held to the report. Exports are
// read back against the graph in test/exports.test.ts.
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { objectives } from "../subgraphs/plan/prisma/seed/report.js";
import { figureProblems, type FigureToCheck } from "./support/figureFidelity.js";
import { startTestHub, type TestHub } from "./support/testHub.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

describe("gateway over the plan subgraph", () => {
  it("returns the 23 objectives with their official titles", async () => {
    const { status, body } = await hub.query<{ objectives: { number: number; title: string }[] }>("{ objectives { number title } }");
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.objectives).toEqual(objectives.map(({ number, title }) => ({ number, title })));
  });

  it("serves nested relations with no more SQL statements than loaders", async () => {
    hub.statements.clear();
    const { body } = await hub.query(
      "{ initiatives(first: 50) { edges { node { code objectives { number title } participants { role department { code name } } countries { country { iso name } } } } } }",
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.initiatives.edges).toHaveLength(50);
    // the page (no count: totalCount is not selected), then one statement per relation loader
    expect(hub.statements.get("plan")).toHaveLength(4);
  });

  it("counts a connection's rows only when totalCount is selected", async () => {
    hub.statements.clear();
    const { body } = await hub.query("{ initiatives(first: 5) { totalCount edges { node { code } } } }");
    expect(body.errors).toBeUndefined();
    expect(body.data!.initiatives.totalCount).toBeGreaterThan(5);
    const statements = hub.statements.get("plan")!;
    expect(statements).toHaveLength(2);
    expect(statements.filter((sql) => /count\(/i.test(sql))).toHaveLength(1);
  });

  it("answers health and readiness", async () => {
    const base = hub.hub.gatewayUrl.replace("/graphql", "");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});

// Malformed queries, unknown fields, wrong variable types and non-JSON bodies, refused by
// the gateway alone: gateway/test/gateway.test.ts.
describe("bad input gets a clear error and no crash", () => {
  it("argument out of range, reported by the subgraph through the gateway", async () => {
    const { body } = await hub.query("{ objective(number: 0) { title } }");
    expect(body.errors![0]!.message).toBe('Invalid argument "number": must be an objective number from 1 to 23, got 0');
    expect(body.errors![0]!.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("the gateway is still serving afterwards", async () => {
    const { body } = await hub.query("{ pillars { numeral } }");
    expect(body.data!.pillars).toHaveLength(5);
  });
});

describe("graphql-http audits against the gateway", () => {
  it("passes every MUST audit, and reports the SHOULD and MAY ones", async () => {
    const audits = serverAudits({ url: hub.hub.gatewayUrl });
    const results = await Promise.all(audits.map(async (audit) => ({ audit, result: await audit.fn() })));
    const tally = (level: string) => {
      const atLevel = results.filter(({ audit }) => audit.name.startsWith(level));
      return { total: atLevel.length, passed: atLevel.filter(({ result }) => result.status === "ok").length };
    };
    const must = tally("MUST");
    const should = tally("SHOULD");
    const may = tally("MAY");
    console.log(`graphql-http audits: MUST ${must.passed}/${must.total}, SHOULD ${should.passed}/${should.total}, MAY ${may.passed}/${may.total}`);
    const failedMusts = results
      .filter(({ audit, result }) => audit.name.startsWith("MUST") && result.status !== "ok")
      .map(({ audit, result }) => `${audit.name}: ${"reason" in result ? result.reason : ""}`);
    expect(failedMusts).toEqual([]);
    expect(must.total).toBeGreaterThan(10);
  });
});

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function randomGenerator(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface HostileRequest {
  kind: string;
  method: string;
  contentType?: string;
  body?: string | Uint8Array<ArrayBuffer>;
  search?: string;
}

function hostileRequests(count: number, random: () => number): HostileRequest[] {
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const json = "application/json";
  const makers: (() => HostileRequest)[] = [
    () => ({ kind: "broken JSON", method: "POST", contentType: json, body: pick(['{"query":', "{", '{"query": "{ pillars { numeral } }"', "[{]", "nul", '{"query":"\\u12"}']) }),
    () => ({ kind: "huge string", method: "POST", contentType: json, body: JSON.stringify({ query: `{ pillars { numeral } } # ${"x".repeat(Math.floor(random() * 200_000))}` }) }),
    () => ({ kind: "huge variable", method: "POST", contentType: json, body: JSON.stringify({ query: "query($n: Int) { objective(number: $n) { title } }", variables: { n: "9".repeat(1 + Math.floor(random() * 5000)) } }) }),
    () => {
      const depth = 5 + Math.floor(random() * 400);
      return { kind: "deep nesting", method: "POST", contentType: json, body: JSON.stringify({ query: `{ objectives ${"{ initiatives { objectives ".repeat(depth)}{ number }${" } }".repeat(depth)} }` }) };
    },
    () => {
      const aliases = 16 + Math.floor(random() * 3000);
      return { kind: "alias bomb", method: "POST", contentType: json, body: JSON.stringify({ query: `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: objectives { title }`).join(" ")} }` }) };
    },
    () => ({ kind: "field repeat bomb", method: "POST", contentType: json, body: JSON.stringify({ query: `{ objectives { ${"title ".repeat(500 + Math.floor(random() * 5000))} } }` }) }),
    () => ({ kind: "bad variables", method: "POST", contentType: json, body: JSON.stringify({ query: "query($n: Int!, $f: InitiativeFilter) { objective(number: $n) { title } initiatives(filter: $f) { totalCount } }", variables: pick([{ n: "x" }, { n: null }, { n: 1, f: { objective: "five" } }, { n: 1, f: { status: "UNKNOWN" } }, "variables", [1, 2], { n: 1e308 }]) }) }),
    () => ({ kind: "out-of-range arguments", method: "POST", contentType: json, body: JSON.stringify({ query: `{ objective(number: ${pick([-1, 0, 24, 2147483647, -2147483648])}) { title } initiatives(first: ${pick([0, -5, 101, 100000])}) { totalCount } }` }) }),
    () => ({ kind: "forged cursor", method: "POST", contentType: json, body: JSON.stringify({ query: `{ initiatives(after: ${JSON.stringify(pick(["", "a", "k:", "%%%", "k:\u0000", "eyJ9"]))}) { totalCount } }` }) }),
    () => ({ kind: "wrong content type", method: "POST", contentType: pick(["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "image/png", ""]), body: '{"query":"{ pillars { numeral } }"}' }),
    () => ({ kind: "wrong method", method: pick(["PUT", "DELETE", "PATCH"]), contentType: json, body: '{"query":"{ pillars { numeral } }"}' }),
    () => ({ kind: "random bytes", method: "POST", contentType: json, body: new Uint8Array(Array.from({ length: 1 + Math.floor(random() * 2000) }, () => Math.floor(random() * 256))) }),
    () => ({ kind: "not an operation", method: "POST", contentType: json, body: JSON.stringify(pick([null, 42, "query", [], [null], { query: 42 }, { query: null }, { query: "" }, { operationName: {} }, { query: "{ pillars { numeral } }", extensions: "x" }])) }),
    () => ({ kind: "syntax error", method: "POST", contentType: json, body: JSON.stringify({ query: pick(["{", "query {", "{ objectives( }", "mutation { x }", "subscription { pillars { numeral } }", "{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }", "fragment F on Objective { ...F } { objectives { ...F } }"]) }) }),
    () => ({ kind: "GET garbage", method: "GET", search: `?query=${encodeURIComponent(pick(["{", "{ pillars { numeral } }", "%", "mutation { x }"]))}&variables=${pick(["{", "[]", "null", "%7B"])}` }),
    () => ({ kind: "batch garbage", method: "POST", contentType: json, body: JSON.stringify(Array.from({ length: Math.floor(random() * 50) }, () => pick([{ query: "{ pillars { numeral } }" }, null, 7, { query: "{" }]))) }),
  ];
  return Array.from({ length: count }, () => pick(makers)());
}

describe("hostile input", () => {
  it("never gets a 5xx and leaves the gateway serving", async () => {
    const requests = hostileRequests(1200, randomGenerator(20261127));
    const serverErrors: string[] = [];
    const statuses = new Map<number, number>();
    for (let start = 0; start < requests.length; start += 24) {
      await Promise.all(
        requests.slice(start, start + 24).map(async (request) => {
          const headers: Record<string, string> = { accept: "application/graphql-response+json, application/json", "x-graphql-csrf": "1" };
          if (request.contentType) headers["content-type"] = request.contentType;
          const response = await fetch(hub.hub.gatewayUrl + (request.search ?? ""), { method: request.method, headers, body: request.body });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status >= 500) serverErrors.push(`${request.kind}: ${response.status}`);
        }),
      );
    }
    console.log(`hostile requests by status: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    expect(serverErrors).toEqual([]);
    expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBe(1200);

    const { status, body } = await hub.query("{ objectives(numbers: [1]) { title borderFigures { value } } pillars { numeral } }");
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.pillars).toHaveLength(5);
  });
});

const FIGURE = "id value unit qualifier statedPeriod { kind start end label quote } source { reference quote }";

/** Query fields that answer figures: a plain list of Observation, or a page of them. */
async function figureFields(): Promise<{ name: string; paged: boolean }[]> {
  const { body } = await hub.query(`{ __type(name: "Query") { fields { name type { name kind ofType { name kind ofType { name ofType { name } } } } } } }`);
  return body.data!.__type.fields.flatMap((field: any) => {
    if (field.type.name === "ObservationConnection") return [{ name: field.name, paged: true }];
    const list = field.type.kind === "NON_NULL" ? field.type.ofType : field.type;
    if (list?.kind === "LIST" && list.ofType?.ofType?.name === "Observation") return [{ name: field.name, paged: false }];
    return [];
  });
}

async function figuresOf(field: { name: string; paged: boolean }): Promise<FigureToCheck[]> {
  if (!field.paged) {
    const { body } = await hub.query(`{ ${field.name} { ${FIGURE} } }`);
    expect(body.errors).toBeUndefined();
    return body.data![field.name];
  }
  const figures: FigureToCheck[] = [];
  for (let after: string | null = null; ; ) {
    const { body }: any = await hub.query(`query($after: String) { ${field.name}(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${FIGURE} } } } }`, { after });
    expect(body.errors).toBeUndefined();
    const page = body.data[field.name];
    figures.push(...page.edges.map(({ node }: { node: FigureToCheck }) => node));
    if (!page.pageInfo.hasNextPage) return figures;
    after = page.pageInfo.endCursor;
  }
}

/** Every figure the graph answers, read once per run. */
let everyFigure: Promise<FigureToCheck[]> | undefined;
const allFigures = () => (everyFigure ??= figureFields().then(async (fields) => (await Promise.all(fields.map(figuresOf))).flat()));

describe("fidelity of every figure to the report", () => {
  it("every figure's quote is in the report and states its value, its qualifier and its period", async () => {
    const fields = await figureFields();
    expect(fields.map((field) => field.name).sort()).toEqual(
      expect.arrayContaining(["borderFigures", "diasporaFigures", "integrationFigures", "labourFigures", "planFigures", "socialProtectionFigures"]),
    );
    const figures = await allFigures();
    expect(figures.length).toBeGreaterThan(60);
    expect(figures.flatMap((figure) => figureProblems(figure))).toEqual([]);
  });

  it("qualifies the figures the report qualifies, and gives no period where the report gives none", async () => {
    const figures = new Map((await allFigures()).map((figure) => [figure.id, figure]));
    const qualifiers = (ids: string[]) => ids.map((id) => figures.get(id)?.qualifier);
    expect(qualifiers(["diaspora.consular_model_contacts_handled", "integration.civil_servants_trained", "social.nhs_numbers_allocated", "border.foreign_residents_2021_record"])).toEqual(
      ["MORE_THAN", "MORE_THAN", "MORE_THAN", "MORE_THAN"],
    );
    expect(figures.get("social.covid19_foreign_citizens_vaccinated")?.qualifier).toBe("APPROXIMATELY");
    const periods = (ids: string[]) => ids.map((id) => figures.get(id)?.statedPeriod);
    expect(periods(["plan_measures_accomplished", "integration.civil_servants_trained", "integration.association_capacity_building_courses", "integration.association_technicians_trained", "integration.claim_health_calls"])).toEqual(
      [null, null, null, null, null],
    );
    expect(figures.get("diaspora.consular_model_contacts_handled")?.statedPeriod).toEqual({ kind: "UP_TO", start: null, end: "2021-12", label: "by the end of 2021", quote: "by the end of 2021" });
    expect(periods(["labour.amif_projects_financed", "diaspora.gae_municipal_protocols"])).toEqual([
      { kind: "AS_OF", start: null, end: "2021-12", label: "at the end of 2021", quote: "at the end of 2021" },
      { kind: "AS_OF", start: null, end: "2021-12", label: "at the end of 2021", quote: "at the end of 2021" },
    ]);
  });

  it("holds the figures the report adds about the plan itself, each with its paragraph", async () => {
    const plan = new Map((await figuresOf({ name: "planFigures", paged: false })).map((figure) => [figure.id, figure]));
    expect(["plan_governance_spheres", "plan_promotion_and_monitoring_years", "plan_implementation_years", "plan_legislatures"].map((id) => {
      const figure = plan.get(id)!;
      return [figure.value, figure.unit, figure.qualifier, figure.source.reference];
    })).toEqual([
      [2, "spheres of intervention", "EXACT", "Section I, paragraph 8"],
      [2, "years", "MORE_THAN", "Section II, paragraph 1"],
      [2, "years", "MORE_THAN", "Section III, paragraph 2"],
      [3, "legislatures", "EXACT", "Section III, paragraph 3"],
    ]);
  });
});
