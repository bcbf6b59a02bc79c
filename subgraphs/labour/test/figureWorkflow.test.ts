// The labour department records, publishes and corrects its figures: only it may,
// with the right scope; drafts are its own until published; every step is audited
// in the write's transaction; retries and concurrency never duplicate or lose a write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditedWrite, type Caller } from "@gcm-hub/kit";
import { startTestSubgraph, type TestSubgraph } from "@gcm-hub/kit/testing";
import { createLoaders } from "../src/loaders.js";
import { labour } from "../src/server.js";
import { createLabourPrisma, type LabourPrisma, type LabourTransaction } from "../src/prisma.js";

const WRITER: Caller = { department: "labour", scopes: ["write"], subject: "ana" };
const PUBLISHER: Caller = { department: "labour", scopes: ["write", "publish"], subject: "rui" };
const BORDER: Caller = { department: "border", scopes: ["write", "publish"], subject: "eva" };

const RECORD = `mutation($input: FigureInput!, $key: String) { recordLabourFigure(input: $input, idempotencyKey: $key) { id value status source { document } } }`;
const PUBLISH = `mutation($id: ID!) { publishLabourFigure(id: $id) { id status } }`;
const CORRECT = `mutation($id: ID!, $input: FigureInput!) { correctLabourFigure(id: $id, input: $input) { id value status } }`;
const FIGURES = `{ labourFigures(first: 100) { totalCount edges { node { id value status } } } }`;
const AUDIT = `{ labourAuditTrail(first: 100) { totalCount edges { node { action subject entityId before after requestId } } } }`;

function figure(overrides: Record<string, unknown> = {}) {
  return {
    label: "Work permits processed through the India agreement",
    value: 1250,
    unit: "permits",
    period: { start: "2022-01", end: "2022-06", label: "first half of 2022" },
    objective: 5,
    source: { document: "IEFP half-year report 2022", reference: "Table 3", quote: "1 250 permits" },
    ...overrides,
  };
}

let subgraph: TestSubgraph;
let prisma: LabourPrisma;
beforeAll(async () => {
  subgraph = await startTestSubgraph(labour);
  prisma = createLabourPrisma(subgraph.running.database);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await subgraph?.close();
});

type Recorded = { recordLabourFigure: { id: string; value: number; status: string; source: { document: string } } };

describe("who may write", () => {
  it("refuses an anonymous caller, another department and a missing scope, each saying why", async () => {
    const anonymous = await subgraph.execute(RECORD, { input: figure() });
    expect(anonymous.errors![0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(anonymous.errors![0]!.message).toMatch(/^Sign in: changing labour data needs a token for the labour department$/);

    const border = await subgraph.execute(RECORD, { input: figure() }, BORDER);
    expect(border.errors![0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    expect(border.errors![0]!.message).toBe("The token is for the border department; only the labour department may change labour data");

    const recorded = await subgraph.execute<Recorded>(RECORD, { input: figure() }, WRITER);
    const publish = await subgraph.execute(PUBLISH, { id: recorded.data!.recordLabourFigure.id }, WRITER);
    expect(publish.errors![0]).toMatchObject({ message: "The token lacks the 'publish' scope (it has: write)", extensions: { code: "FORBIDDEN" } });
  });
});

describe("validation", () => {
  it.each([
    [{ value: -3 }, "input.value", /must not be negative/],
    [{ value: 120, unit: "percent" }, "input.value", /at most 100/],
    [{ objective: 24 }, "input.objective", /objective number from 1 to 23/],
    [{ period: { start: "2022-13", label: "x" } }, "input.period.start", /YYYY, YYYY-MM or YYYY-MM-DD/],
    [{ period: { start: "2022-06", end: "2021", label: "x" } }, "input.period.end", /must not be before the start/],
    [{ label: "  " }, "input.label", /must not be empty/],
  ])("refuses %j, naming %s", async (overrides, argument, reason) => {
    const { errors } = await subgraph.execute(RECORD, { input: figure(overrides) }, WRITER);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(errors![0]!.message).toMatch(reason);
  });

  it("refuses a malformed idempotency key", async () => {
    const { errors } = await subgraph.execute(RECORD, { input: figure(), key: "short" }, WRITER);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "idempotencyKey" });
  });
});

describe("record, publish, correct", () => {
  it("keeps a draft to the department, publishes it to everyone, corrects it, and audits each step", async () => {
    const recorded = await subgraph.execute<Recorded>(RECORD, { input: figure() }, WRITER);
    const id = recorded.data!.recordLabourFigure.id;
    expect(recorded.data!.recordLabourFigure).toMatchObject({ status: "DRAFT", value: 1250, source: { document: "IEFP half-year report 2022" } });

    const ids = async (caller: Caller | null) =>
      ((await subgraph.execute<{ labourFigures: { edges: { node: { id: string } }[] } }>(FIGURES, {}, caller)).data!.labourFigures.edges).map(({ node }) => node.id);
    expect(await ids(WRITER)).toContain(id);
    expect(await ids(null)).not.toContain(id);
    expect(await ids(BORDER)).not.toContain(id);

    expect((await subgraph.execute(PUBLISH, { id }, PUBLISHER)).data).toEqual({ publishLabourFigure: { id, status: "PUBLISHED" } });
    expect(await ids(null)).toContain(id);

    const corrected = await subgraph.execute(CORRECT, { id, input: figure({ value: 1310 }) }, WRITER);
    expect(corrected.data).toEqual({ correctLabourFigure: { id, value: 1310, status: "DRAFT" } });

    const audit = await subgraph.execute<{ labourAuditTrail: { edges: { node: { action: string; subject: string; entityId: string; before: string | null; after: string | null } }[] } }>(AUDIT, {}, WRITER);
    const steps = audit.data!.labourAuditTrail.edges.map(({ node }) => node).filter((entry) => entry.entityId === id).reverse();
    expect(steps.map((entry) => [entry.action, entry.subject])).toEqual([["recordFigure", "ana"], ["publishFigure", "rui"], ["correctFigure", "ana"]]);
    expect(steps[0]!.before).toBeNull();
    expect(JSON.parse(steps[2]!.before!).value).toBe(1250);
    expect(JSON.parse(steps[2]!.after!).value).toBe(1310);
  });

  it("shows the audit trail only to the department", async () => {
    expect((await subgraph.execute(AUDIT, {}, null)).errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await subgraph.execute(AUDIT, {}, BORDER)).errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the draft rule on every path to a figure", () => {
  it("the figure loader, keyed by id, gives a draft to its department only", async () => {
    const recorded = await subgraph.execute<Recorded>(RECORD, { input: figure() }, WRITER);
    const id = recorded.data!.recordLabourFigure.id;
    expect((await createLoaders(prisma, WRITER).figure.load(id))?.code).toBe(id);
    expect(await createLoaders(prisma, null).figure.load(id)).toBeNull();
    expect(await createLoaders(prisma, BORDER).figure.load(id)).toBeNull();
    expect((await createLoaders(prisma, null).figure.load("labour.amif_projects_financed"))?.value).toBe(4);
  });
});

describe("retries and concurrency", () => {
  it("returns the first result for a retried key and writes once", async () => {
    const key = "retry-0001-abcdef";
    const first = await subgraph.execute<Recorded>(RECORD, { input: figure({ value: 7 }), key }, WRITER);
    const again = await subgraph.execute<Recorded>(RECORD, { input: figure({ value: 7 }), key }, WRITER);
    expect(again.data!.recordLabourFigure.id).toBe(first.data!.recordLabourFigure.id);
    expect(await prisma.observation.count({ where: { value: 7 } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { entityId: first.data!.recordLabourFigure.id } })).toBe(1);
    const reused = await subgraph.execute(PUBLISH.replace("publishLabourFigure(id: $id)", "publishLabourFigure(id: $id, idempotencyKey: \"retry-0001-abcdef\")"), { id: first.data!.recordLabourFigure.id }, PUBLISHER);
    expect(reused.errors![0]!.message).toMatch(/^The idempotency key "[^"]+" was already used for a different request/);
  });

  it("100 concurrent writes, a third of them retries, lose nothing and duplicate nothing", async () => {
    const before = await prisma.observation.count();
    const writes = Array.from({ length: 100 }, (_, index) => ({ key: `concurrent-${index % 67}-key`, value: 10_000 + (index % 67) }));
    const results = await Promise.all(writes.map(({ key, value }) => subgraph.execute<Recorded>(RECORD, { input: figure({ value }), key }, WRITER)));
    expect(results.every((result) => !result.errors)).toBe(true);
    expect((await prisma.observation.count()) - before).toBe(67);
    const idsByKey = new Map<string, Set<string>>();
    writes.forEach(({ key }, index) => idsByKey.set(key, (idsByKey.get(key) ?? new Set()).add(results[index]!.data!.recordLabourFigure.id)));
    expect([...idsByKey.values()].every((ids) => ids.size === 1)).toBe(true);
    expect(await prisma.auditEntry.count({ where: { action: "recordFigure", entityId: { in: results.map((result) => result.data!.recordLabourFigure.id) } } })).toBe(67);
  });

  it("a write that fails midway leaves no partial data and no audit entry", async () => {
    const before = { figures: await prisma.observation.count(), audit: await prisma.auditEntry.count(), keys: await prisma.idempotencyKey.count() };
    await expect(
      auditedWrite<LabourTransaction, never>((work) => prisma.$transaction(work), {
        schema: "labour",
        caller: WRITER,
        requestId: "midway",
        action: "recordFigure",
        entity: "Observation",
        idempotencyKey: "midway-failure-key",
        perform: async (tx) => {
          await tx.observation.create({ data: { code: "labour.midway", label: "x", value: 1, unit: "x", periodStart: "2022", periodLabel: "2022", sourceRef: "x", sourceQuote: "x" } });
          throw new Error("the disk is full");
        },
      }),
    ).rejects.toThrow("the disk is full");
    expect({ figures: await prisma.observation.count(), audit: await prisma.auditEntry.count(), keys: await prisma.idempotencyKey.count() }).toEqual(before);
  });
});
