// The plan department adds initiatives to its catalogue and sets their status: only
// it may, with the write scope; input is checked field by field against the catalogue;
// every write is audited in its transaction; retries and concurrency never duplicate
// or lose a write; and the catalogue's readers see the change at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditedWrite, REPORT, type Caller } from "@gcm-hub/kit";
import { startTestSubgraph, type TestSubgraph } from "@gcm-hub/kit/testing";
import { plan } from "../src/server.js";
import { createPlanPrisma, type PlanPrisma, type PlanTransaction } from "../src/prisma.js";

const WRITER: Caller = { subgraph: "plan", scopes: ["write"], subject: "marta" };
const COORDINATOR: Caller = { subgraph: "plan", scopes: ["write", "publish"], subject: "joao" };
const READER: Caller = { subgraph: "plan", scopes: [], subject: "ines" };
const LABOUR: Caller = { subgraph: "labour", scopes: ["write", "publish"], subject: "ana" };

const INITIATIVE_FIELDS = `code name description status startYear objectives { number } participants { department { code } role } countries { country { iso } role } source { document reference quote }`;
const CREATE = `mutation($input: InitiativeInput!, $key: String) { createInitiative(input: $input, idempotencyKey: $key) { ${INITIATIVE_FIELDS} } }`;
const UPDATE = `mutation($code: ID!, $status: InitiativeStatus!, $key: String) { updateInitiativeStatus(code: $code, status: $status, idempotencyKey: $key) { code status } }`;
const AUDIT = `query($first: Int, $after: String) { planAuditTrail(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id at department action entity subject entityId before after requestId } }
} }`;

function initiative(overrides: Record<string, unknown> = {}) {
  return {
    code: "LMA_BANGLADESH",
    name: "Labour mobility agreement with Bangladesh",
    description: "Agreement on the recruitment of Bangladeshi workers for the Portuguese labour market.",
    status: "UNDER_NEGOTIATION",
    startYear: 2023,
    objectives: [5, 6],
    participants: [
      { department: "IEFP", role: "LEAD" },
      { department: "SEF", role: "PARTNER" },
    ],
    countries: [{ country: "in", role: "negotiating party" }],
    source: { document: "ACM monitoring note, March 2023", reference: "Section 2", quote: "negotiations with Bangladesh have started" },
    ...overrides,
  };
}

type Created = {
  createInitiative: {
    code: string;
    status: string;
    startYear: number | null;
    objectives: { number: number }[];
    participants: { department: { code: string }; role: string }[];
    countries: { country: { iso: string }; role: string }[];
    source: { document: string; reference: string; quote: string };
  };
};
type AuditNode = { id: string; at: string; department: string; action: string; entity: string; subject: string; entityId: string; before: string | null; after: string | null; requestId: string };
type Audit = { planAuditTrail: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: AuditNode }[] } };

let subgraph: TestSubgraph;
let prisma: PlanPrisma;
beforeAll(async () => {
  subgraph = await startTestSubgraph(plan);
  prisma = createPlanPrisma(subgraph.running.database);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await subgraph?.close();
});

async function auditOf(code: string): Promise<AuditNode[]> {
  const { data } = await subgraph.execute<Audit>(AUDIT, { first: 100 }, WRITER);
  return data!.planAuditTrail.edges.map(({ node }) => node).filter((entry) => entry.entityId === code).reverse();
}

describe("who may write", () => {
  it("refuses an anonymous caller, another department and a missing scope, each saying why", async () => {
    const anonymous = await subgraph.execute(CREATE, { input: initiative() });
    expect(anonymous.errors![0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(anonymous.errors![0]!.message).toMatch(/^Sign in: changing plan data needs a token for the plan department$/);

    const labour = await subgraph.execute(UPDATE, { code: "MYSEF", status: "COMPLETED" }, LABOUR);
    expect(labour.errors![0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    expect(labour.errors![0]!.message).toBe("The token is for the labour department; only the plan department may change plan data");

    const reader = await subgraph.execute(CREATE, { input: initiative() }, READER);
    expect(reader.errors![0]).toMatchObject({ message: "The token lacks the 'write' scope (it has: none)", extensions: { code: "FORBIDDEN" } });

    expect(await prisma.initiative.count({ where: { code: "LMA_BANGLADESH" } })).toBe(0);
    expect(await prisma.auditEntry.count()).toBe(0);
  });

  it("says who is missing before it says what is wrong with the input", async () => {
    const { errors } = await subgraph.execute(CREATE, { input: initiative({ code: "not a code" }) });
    expect(errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("validation", () => {
  it.each([
    [{ code: "lma bangladesh" }, "input.code", /upper-case letters, digits and '_'/],
    [{ code: "MYSEF" }, "input.code", /an initiative with code "MYSEF" already exists/],
    [{ name: "   " }, "input.name", /must not be empty/],
    [{ description: "" }, "input.description", /must not be empty/],
    [{ startYear: 1850 }, "input.startYear", /a year from 1900 to 2100/],
    [{ objectives: [5, 24] }, "input.objectives[1]", /objective number from 1 to 23/],
    [{ objectives: [5, 6, 5] }, "input.objectives[2]", /repeats objective 5/],
    [{ participants: [{ department: "IEFP", role: "LEAD" }, { department: "NOPE", role: "PARTNER" }] }, "input.participants[1].department", /no body in the catalogue has code "NOPE"/],
    [{ participants: [{ department: "IEFP", role: "LEAD" }, { department: "IEFP", role: "PARTNER" }] }, "input.participants[1].department", /repeats body IEFP/],
    [{ countries: [{ country: "IND", role: "party" }] }, "input.countries[0].country", /ISO 3166-1 alpha-2/],
    [{ countries: [{ country: "BD", role: "party" }] }, "input.countries[0].country", /knows no country "BD"/],
    [{ countries: [{ country: "IN", role: "party" }, { country: "in", role: "partner" }] }, "input.countries[1].country", /repeats country IN/],
    [{ countries: [{ country: "IN", role: "Party!" }] }, "input.countries[0].role", /lower-case words/],
    [{ source: { document: "ACM note", reference: "Section 2", quote: " " } }, "input.source.quote", /must not be empty/],
  ])("refuses %j, naming %s", async (overrides, argument, reason) => {
    const { errors } = await subgraph.execute(CREATE, { input: initiative(overrides) }, WRITER);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(errors![0]!.message).toMatch(reason);
  });

  it("refuses a status update of an unknown initiative or to the status it already has", async () => {
    const unknown = await subgraph.execute(UPDATE, { code: "NO_SUCH_INITIATIVE", status: "COMPLETED" }, WRITER);
    expect(unknown.errors![0]).toMatchObject({ message: expect.stringMatching(/no initiative has code "NO_SUCH_INITIATIVE"/), extensions: { code: "BAD_USER_INPUT", argument: "code" } });
    const current = (await prisma.initiative.findUniqueOrThrow({ where: { code: "MYSEF" } })).status;
    const same = await subgraph.execute(UPDATE, { code: "MYSEF", status: current }, WRITER);
    expect(same.errors![0]).toMatchObject({ message: expect.stringMatching(/already/), extensions: { code: "BAD_USER_INPUT", argument: "status" } });
  });

  it("refuses a malformed idempotency key", async () => {
    const { errors } = await subgraph.execute(CREATE, { input: initiative(), key: "short" }, WRITER);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "idempotencyKey" });
  });

  it("wrote nothing and audited nothing for any refused request", async () => {
    expect(await prisma.initiative.count({ where: { code: "LMA_BANGLADESH" } })).toBe(0);
    expect(await prisma.auditEntry.count()).toBe(0);
  });
});

describe("create an initiative", () => {
  it("adds it with its links and source, and every reader of the catalogue sees it at once", async () => {
    const created = await subgraph.execute<Created>(CREATE, { input: initiative() }, WRITER);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createInitiative).toEqual({
      code: "LMA_BANGLADESH",
      name: "Labour mobility agreement with Bangladesh",
      description: "Agreement on the recruitment of Bangladeshi workers for the Portuguese labour market.",
      status: "UNDER_NEGOTIATION",
      startYear: 2023,
      objectives: [{ number: 5 }, { number: 6 }],
      participants: [
        { department: { code: "IEFP" }, role: "LEAD" },
        { department: { code: "SEF" }, role: "PARTNER" },
      ],
      countries: [{ country: { iso: "IN" }, role: "negotiating party" }],
      source: { document: "ACM monitoring note, March 2023", reference: "Section 2", quote: "negotiations with Bangladesh have started" },
    });

    const { data } = await subgraph.execute<{
      initiative: { code: string };
      initiatives: { edges: { node: { code: string } }[] };
      objective: { initiatives: { code: string }[] };
      department: { initiatives: { code: string }[] };
      country: { initiatives: { code: string }[] };
      seeded: { source: { document: string } };
    }>(`{
      initiative(code: "LMA_BANGLADESH") { code }
      initiatives(first: 100, filter: { objective: 6, department: "IEFP", country: "IN", status: UNDER_NEGOTIATION }) { edges { node { code } } }
      objective(number: 5) { initiatives(status: UNDER_NEGOTIATION) { code } }
      department(code: "SEF") { initiatives(role: PARTNER) { code } }
      country(iso: "IN") { initiatives { code } }
      seeded: initiative(code: "MYSEF") { source { document } }
    }`);
    expect(data!.initiative).toEqual({ code: "LMA_BANGLADESH" });
    expect(data!.initiatives.edges.map(({ node }) => node.code)).toEqual(["LMA_BANGLADESH"]);
    expect(data!.objective.initiatives.map(({ code }) => code)).toContain("LMA_BANGLADESH");
    expect(data!.department.initiatives.map(({ code }) => code)).toContain("LMA_BANGLADESH");
    expect(data!.country.initiatives.map(({ code }) => code)).toContain("LMA_BANGLADESH");
    expect(data!.seeded.source.document).toBe(REPORT);

    const entities = await subgraph.execute<{ _entities: ({ code: string; status: string; source: { document: string } } | null)[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { code status source { document } } } }`,
      { r: [{ __typename: "Initiative", code: "LMA_BANGLADESH" }] },
    );
    expect(entities.data!._entities).toEqual([{ code: "LMA_BANGLADESH", status: "UNDER_NEGOTIATION", source: { document: "ACM monitoring note, March 2023" } }]);
  });

  it("takes an initiative with no objectives, bodies or countries, as the catalogue has some", async () => {
    const input = initiative({ code: "PNIPGM_MIDTERM_REVIEW", startYear: null });
    delete (input as Partial<typeof input>).objectives;
    delete (input as Partial<typeof input>).participants;
    delete (input as Partial<typeof input>).countries;
    const { data, errors } = await subgraph.execute<Created>(CREATE, { input }, WRITER);
    expect(errors).toBeUndefined();
    expect(data!.createInitiative).toMatchObject({ code: "PNIPGM_MIDTERM_REVIEW", startYear: null, objectives: [], participants: [], countries: [] });
  });

  it("audits the creation with the whole record after it and nothing before", async () => {
    const [entry, ...rest] = await auditOf("LMA_BANGLADESH");
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ department: "plan", subject: "marta", action: "createInitiative", entity: "Initiative", before: null });
    expect(entry!.requestId).not.toBe("");
    expect(JSON.parse(entry!.after!)).toEqual({
      code: "LMA_BANGLADESH",
      name: "Labour mobility agreement with Bangladesh",
      description: "Agreement on the recruitment of Bangladeshi workers for the Portuguese labour market.",
      status: "UNDER_NEGOTIATION",
      startYear: 2023,
      sourceDocument: "ACM monitoring note, March 2023",
      sourceRef: "Section 2",
      sourceQuote: "negotiations with Bangladesh have started",
      objectives: [5, 6],
      participants: [
        { department: "IEFP", role: "LEAD" },
        { department: "SEF", role: "PARTNER" },
      ],
      countries: [{ country: "IN", role: "negotiating party" }],
    });
  });
});

describe("update an initiative's status", () => {
  it("changes it for every reader, through queries and entity resolution, and audits each step", async () => {
    const original = (await prisma.initiative.findUniqueOrThrow({ where: { code: "MYSEF" } })).status;
    const next = original === "COMPLETED" ? "IN_PROGRESS" : "COMPLETED";

    const updated = await subgraph.execute(UPDATE, { code: "MYSEF", status: next }, WRITER);
    expect(updated).toEqual({ data: { updateInitiativeStatus: { code: "MYSEF", status: next } } });

    const read = await subgraph.execute<{
      initiative: { status: string };
      initiatives: { edges: { node: { code: string } }[] };
      department: { initiatives: { code: string }[] };
    }>(`query($status: InitiativeStatus!) {
      initiative(code: "MYSEF") { status }
      initiatives(first: 100, filter: { status: $status }) { edges { node { code } } }
      department(code: "SEF") { initiatives(status: $status) { code } }
    }`, { status: next });
    expect(read.data!.initiative.status).toBe(next);
    expect(read.data!.initiatives.edges.map(({ node }) => node.code)).toContain("MYSEF");
    expect(read.data!.department.initiatives.map(({ code }) => code)).toContain("MYSEF");

    const entities = await subgraph.execute<{ _entities: { code: string; status: string }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { code status } } }`,
      { r: [{ __typename: "Initiative", code: "MYSEF" }] },
    );
    expect(entities.data!._entities).toEqual([{ code: "MYSEF", status: next }]);

    expect((await subgraph.execute(UPDATE, { code: "MYSEF", status: original }, COORDINATOR)).errors).toBeUndefined();

    const steps = await auditOf("MYSEF");
    expect(steps.map((entry) => [entry.action, entry.subject, entry.entity])).toEqual([
      ["updateInitiativeStatus", "marta", "Initiative"],
      ["updateInitiativeStatus", "joao", "Initiative"],
    ]);
    expect([JSON.parse(steps[0]!.before!).status, JSON.parse(steps[0]!.after!).status]).toEqual([original, next]);
    expect([JSON.parse(steps[1]!.before!).status, JSON.parse(steps[1]!.after!).status]).toEqual([next, original]);
    expect(JSON.parse(steps[0]!.before!)).toMatchObject({ code: "MYSEF", sourceDocument: REPORT });
  });
});

describe("the audit trail", () => {
  it("is only the department's to read", async () => {
    expect((await subgraph.execute(AUDIT, {}, null)).errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await subgraph.execute(AUDIT, {}, LABOUR)).errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
    expect((await subgraph.execute(AUDIT, {}, READER)).errors).toBeUndefined();
  });

  it("pages newest first, each entry once", async () => {
    const all = (await subgraph.execute<Audit>(AUDIT, { first: 100 }, WRITER)).data!.planAuditTrail;
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const page: Audit["planAuditTrail"] = (await subgraph.execute<Audit>(AUDIT, { first: 2, after }, WRITER)).data!.planAuditTrail;
      ids.push(...page.edges.map(({ node }) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toEqual(all.edges.map(({ node }) => node.id));
    expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => b - a));
    expect(ids).toHaveLength(all.totalCount);
  });
});

describe("retries and concurrency", () => {
  it("returns the first result for a retried key and writes once", async () => {
    const key = "plan-retry-0001";
    const input = initiative({ code: "RETRIED_INITIATIVE" });
    const first = await subgraph.execute<Created>(CREATE, { input, key }, WRITER);
    const again = await subgraph.execute<Created>(CREATE, { input, key }, WRITER);
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await prisma.initiative.count({ where: { code: "RETRIED_INITIATIVE" } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { entityId: "RETRIED_INITIATIVE" } })).toBe(1);

    const reused = await subgraph.execute(UPDATE, { code: "RETRIED_INITIATIVE", status: "IN_PROGRESS", key }, WRITER);
    expect(reused.errors![0]!.message).toMatch(/^The idempotency key "[^"]+" was already used for a different request/);
  });

  it("replays a retried status update instead of refusing it as unchanged", async () => {
    const key = "plan-retry-status-0001";
    const first = await subgraph.execute(UPDATE, { code: "RETRIED_INITIATIVE", status: "IN_PROGRESS", key }, WRITER);
    const again = await subgraph.execute(UPDATE, { code: "RETRIED_INITIATIVE", status: "IN_PROGRESS", key }, WRITER);
    expect(first).toEqual({ data: { updateInitiativeStatus: { code: "RETRIED_INITIATIVE", status: "IN_PROGRESS" } } });
    expect(again).toEqual(first);
    expect(await prisma.auditEntry.count({ where: { entityId: "RETRIED_INITIATIVE", action: "updateInitiativeStatus" } })).toBe(1);
  });

  it("100 concurrent creates, a third of them retries, lose nothing and duplicate nothing", async () => {
    const before = { initiatives: await prisma.initiative.count(), links: await prisma.initiativeDepartment.count() };
    const writes = Array.from({ length: 100 }, (_, index) => ({ key: `concurrent-${index % 67}-key`, code: `CONCURRENT_${index % 67}` }));
    const results = await Promise.all(
      writes.map(({ key, code }) => subgraph.execute<Created>(CREATE, { input: initiative({ code, countries: [] }), key }, WRITER)),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(results.map((result) => result.data!.createInitiative.code)).toEqual(writes.map(({ code }) => code));
    expect((await prisma.initiative.count()) - before.initiatives).toBe(67);
    expect((await prisma.initiativeDepartment.count()) - before.links).toBe(67 * 2);
    const codes = [...new Set(writes.map(({ code }) => code))];
    expect(await prisma.auditEntry.count({ where: { action: "createInitiative", entityId: { in: codes } } })).toBe(67);
  });

  it("lets exactly one of several concurrent creates of the same code through", async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, index) => subgraph.execute<Created>(CREATE, { input: initiative({ code: "RACED_CODE" }), key: `raced-code-${index}` }, WRITER)),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const refused of results.filter((result) => result.errors)) {
      expect(refused.errors![0]).toMatchObject({ message: expect.stringMatching(/already exists/), extensions: { code: "BAD_USER_INPUT", argument: "input.code" } });
    }
    expect(await prisma.auditEntry.count({ where: { entityId: "RACED_CODE" } })).toBe(1);
  });

  it("a write that fails midway leaves no partial data and no audit entry", async () => {
    const counts = async () => ({
      initiatives: await prisma.initiative.count(),
      objectives: await prisma.initiativeObjective.count(),
      audit: await prisma.auditEntry.count(),
      keys: await prisma.idempotencyKey.count(),
    });
    const before = await counts();
    await expect(
      auditedWrite<PlanTransaction, never>((work) => prisma.$transaction(work), {
        schema: "plan",
        caller: WRITER,
        requestId: "midway",
        action: "createInitiative",
        entity: "Initiative",
        idempotencyKey: "midway-failure-key",
        perform: async (tx) => {
          await tx.initiative.create({
            data: { code: "HALF_WRITTEN", name: "x", description: "x", status: "PLANNED", sourceRef: "x", sourceQuote: "x", objectives: { create: [{ objectiveNumber: 1 }] } },
          });
          throw new Error("the disk is full");
        },
      }),
    ).rejects.toThrow("the disk is full");
    expect(await counts()).toEqual(before);
    expect(await prisma.initiative.findUnique({ where: { code: "HALF_WRITTEN" } })).toBeNull();
  });
});
