// The diaspora department records, publishes and corrects its figures, sets how far
// its development projects and cooperation agreements have come, and adds agreements:
// only it may, with the right scope; drafts are its own until published; every step
// is audited in the write's transaction; retries and concurrency never duplicate or
// lose a write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditedWrite, type Caller } from "@gcm-hub/kit";
import { startTestSubgraph, type TestSubgraph } from "@gcm-hub/kit/testing";
import { diaspora } from "../src/server.js";
import { createDiasporaPrisma, type DiasporaPrisma, type DiasporaTransaction } from "../src/prisma.js";

const WRITER: Caller = { subgraph: "diaspora", scopes: ["write"], subject: "ana" };
const PUBLISH_ONLY: Caller = { subgraph: "diaspora", scopes: ["publish"], subject: "ines" };
const LABOUR: Caller = { subgraph: "labour", scopes: ["write", "publish"], subject: "eva" };

const AUDIT = `{ diasporaAuditTrail(first: 100) { totalCount edges { node { id at department action subject entity entityId before after requestId } } } }`;
const PROJECT_STATUS = `mutation($code: ID!, $status: DiasporaMeasureStatus!, $key: String) {
  updateDevelopmentProjectStatus(code: $code, status: $status, idempotencyKey: $key) { code status focus countries { country { iso } role } } }`;
const AGREEMENT_STATUS = `mutation($code: ID!, $status: DiasporaMeasureStatus!, $key: String) {
  updateCooperationAgreementStatus(code: $code, status: $status, idempotencyKey: $key) { code status } }`;
const CREATE_AGREEMENT = `mutation($input: CooperationAgreementInput!, $key: String) {
  createCooperationAgreement(input: $input, idempotencyKey: $key) {
    code name kind status purpose description countries { country { iso } role } objectives { number } initiative { code } source { document reference quote } } }`;

function agreement(overrides: Record<string, unknown> = {}) {
  return {
    code: "TRIANGULAR_COOPERATION_MEMORANDUM_PARAGUAY",
    name: "Memorandum of Understanding for Triangular Cooperation with Paraguay",
    kind: "TRIANGULAR_COOPERATION_MEMORANDUM",
    purpose: "Implement triangular initiatives to promote sustainable development in third countries.",
    description: "A memorandum signed in 2022 for triangular initiatives with Paraguay in Mozambique.",
    countries: [
      { country: "py", role: "TRIANGULAR_COOPERATION_PARTNER" },
      { country: "MZ", role: "PROJECT_LOCATION" },
    ],
    objectives: [2],
    initiative: "TRIANGULAR_COOPERATION_MOUS",
    source: { document: "Camões annual report 2022", reference: "Chapter 3", quote: "a memorandum with Paraguay" },
    ...overrides,
  };
}

let subgraph: TestSubgraph;
let prisma: DiasporaPrisma;
beforeAll(async () => {
  subgraph = await startTestSubgraph(diaspora);
  prisma = createDiasporaPrisma(subgraph.running.database);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await subgraph?.close();
});

type AuditNode = { id: string; at: string; department: string; action: string; subject: string; entity: string; entityId: string; before: string | null; after: string | null; requestId: string };

async function auditTrail(): Promise<AuditNode[]> {
  const { data, errors } = await subgraph.execute<{ diasporaAuditTrail: { edges: { node: AuditNode }[] } }>(AUDIT, {}, WRITER);
  expect(errors).toBeUndefined();
  return data!.diasporaAuditTrail.edges.map(({ node }) => node);
}

describe("who may write", () => {
  it("guards the record mutations the same way, and writes nothing when it refuses", async () => {
    const auditBefore = await prisma.auditEntry.count();
    const writes: [string, Record<string, unknown>][] = [
      [PROJECT_STATUS, { code: "MOZAMBIQUE_CABO_DELGADO_DEVELOPMENT_SUPPORT", status: "COMPLETED" }],
      [AGREEMENT_STATUS, { code: "STRATEGIC_COOPERATION_PROGRAMMES", status: "COMPLETED" }],
      [CREATE_AGREEMENT, { input: agreement({ code: "REFUSED_AGREEMENT" }) }],
    ];
    for (const [mutation, variables] of writes) {
      expect((await subgraph.execute(mutation, variables)).errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
      expect((await subgraph.execute(mutation, variables, LABOUR)).errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
      const missingScope = await subgraph.execute(mutation, variables, PUBLISH_ONLY);
      expect(missingScope.errors![0]).toMatchObject({ message: "The token lacks the 'write' scope (it has: publish)", extensions: { code: "FORBIDDEN" } });
    }
    expect(await prisma.developmentProject.findUnique({ where: { code: "MOZAMBIQUE_CABO_DELGADO_DEVELOPMENT_SUPPORT" }, select: { status: true } })).toEqual({ status: "ACTIVE" });
    expect(await prisma.cooperationAgreement.findUnique({ where: { code: "REFUSED_AGREEMENT" } })).toBeNull();
    expect(await prisma.auditEntry.count()).toBe(auditBefore);
  });
});

describe("development project and cooperation agreement status", () => {
  it("sets a project's status, audits the change and serves it at once", async () => {
    const code = "MOZAMBIQUE_CABO_DELGADO_DEVELOPMENT_SUPPORT";
    const { data, errors } = await subgraph.execute(PROJECT_STATUS, { code, status: "COMPLETED" }, WRITER);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      updateDevelopmentProjectStatus: { code, status: "COMPLETED", focus: "ECONOMIC_OPPORTUNITIES", countries: [{ country: { iso: "MZ" }, role: "PROJECT_LOCATION" }] },
    });
    const read = await subgraph.execute<{ developmentProjects: { edges: { node: { code: string } }[] } }>(`{ developmentProjects(filter: { status: COMPLETED }) { edges { node { code } } } }`);
    expect(read.data!.developmentProjects.edges.map(({ node }) => node.code)).toEqual([code]);

    const [entry] = (await auditTrail()).filter((step) => step.entityId === code);
    expect(entry).toMatchObject({ action: "updateDevelopmentProjectStatus", entity: "DevelopmentProject", subject: "ana" });
    expect(JSON.parse(entry!.before!)).toMatchObject({ code, status: "ACTIVE" });
    expect(JSON.parse(entry!.after!)).toMatchObject({ code, status: "COMPLETED" });
  });

  it("sets an agreement's status, and a retried key returns the first result without writing again", async () => {
    const code = "STRATEGIC_COOPERATION_PROGRAMMES";
    const key = "agreement-status-0001";
    const first = await subgraph.execute(AGREEMENT_STATUS, { code, status: "EXPANDING", key }, WRITER);
    const again = await subgraph.execute(AGREEMENT_STATUS, { code, status: "EXPANDING", key }, WRITER);
    expect(first.data).toEqual({ updateCooperationAgreementStatus: { code, status: "EXPANDING" } });
    expect(again).toEqual(first);
    expect(await prisma.auditEntry.count({ where: { entityId: code } })).toBe(1);
    const [entry] = await prisma.auditEntry.findMany({ where: { entityId: code } });
    expect(entry).toMatchObject({ action: "updateCooperationAgreementStatus", entity: "CooperationAgreement", before: expect.objectContaining({ status: "ACTIVE" }), after: expect.objectContaining({ status: "EXPANDING" }) });
    const objective = await subgraph.execute<{ _entities: [{ cooperationAgreements: { code: string }[] }] }>(
      `{ _entities(representations: [{ __typename: "Objective", number: 2 }]) { ... on Objective { cooperationAgreements(status: EXPANDING) { code } } } }`,
    );
    expect(objective.data!._entities[0].cooperationAgreements).toEqual([{ code }]);
  });

  it("refuses an unknown code and an unchanged status, naming the argument", async () => {
    const unknown = await subgraph.execute(PROJECT_STATUS, { code: "NO_SUCH_PROJECT", status: "ACTIVE" }, WRITER);
    expect(unknown.errors![0]).toMatchObject({ message: 'Invalid argument "code": no development project has code "NO_SUCH_PROJECT"', extensions: { code: "BAD_USER_INPUT", argument: "code" } });
    const unchanged = await subgraph.execute(AGREEMENT_STATUS, { code: "TRIANGULAR_COOPERATION_MEMORANDA", status: "ACTIVE" }, WRITER);
    expect(unchanged.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "status" } });
    expect(unchanged.errors![0]!.message).toMatch(/is already ACTIVE/);
    const badEnum = await subgraph.execute(PROJECT_STATUS, { code: "VOCATIONAL_TRAINING_COOPERATION", status: "DONE" }, WRITER);
    expect(badEnum.errors![0]!.message).toMatch(/DiasporaMeasureStatus/);
  });

  it("lets exactly one of ten concurrent identical transitions happen, audited once", async () => {
    const code = "CABO_VERDE_GUINEA_BISSAU_SECURITY_MIGRATION_SUPPORT";
    const results = await Promise.all(Array.from({ length: 10 }, () => subgraph.execute(PROJECT_STATUS, { code, status: "EXPANDING" }, WRITER)));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const failed of results.filter((result) => result.errors)) {
      expect(failed.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "status" });
    }
    expect(await prisma.auditEntry.count({ where: { entityId: code } })).toBe(1);
  });
});

describe("create a cooperation agreement", () => {
  type Created = {
    createCooperationAgreement: {
      code: string;
      status: string;
      countries: { country: { iso: string }; role: string }[];
      objectives: { number: number }[];
      initiative: { code: string } | null;
      source: { document: string; reference: string; quote: string };
    };
  };

  it("adds it with its partner countries, objectives and provenance, visible to everyone at once, and audited", async () => {
    const { data, errors } = await subgraph.execute<Created>(CREATE_AGREEMENT, { input: agreement() }, WRITER);
    expect(errors).toBeUndefined();
    expect(data!.createCooperationAgreement).toEqual({
      code: "TRIANGULAR_COOPERATION_MEMORANDUM_PARAGUAY",
      name: "Memorandum of Understanding for Triangular Cooperation with Paraguay",
      kind: "TRIANGULAR_COOPERATION_MEMORANDUM",
      status: "ACTIVE",
      purpose: "Implement triangular initiatives to promote sustainable development in third countries.",
      description: "A memorandum signed in 2022 for triangular initiatives with Paraguay in Mozambique.",
      countries: [
        { country: { iso: "MZ" }, role: "PROJECT_LOCATION" },
        { country: { iso: "PY" }, role: "TRIANGULAR_COOPERATION_PARTNER" },
      ],
      objectives: [{ number: 2 }],
      initiative: { code: "TRIANGULAR_COOPERATION_MOUS" },
      source: { document: "Camões annual report 2022", reference: "Chapter 3", quote: "a memorandum with Paraguay" },
    });

    const read = await subgraph.execute<{ _entities: [{ cooperationAgreements: { role: string; agreement: { code: string } }[] }, { cooperationAgreements: { code: string }[] }] }>(
      `{ _entities(representations: [{ __typename: "Country", iso: "PY" }, { __typename: "Initiative", code: "TRIANGULAR_COOPERATION_MOUS" }]) {
         ... on Country { cooperationAgreements { role agreement { code } } } ... on Initiative { cooperationAgreements { code } } } }`,
    );
    expect(read.data!._entities[0].cooperationAgreements).toEqual([{ role: "TRIANGULAR_COOPERATION_PARTNER", agreement: { code: "TRIANGULAR_COOPERATION_MEMORANDUM_PARAGUAY" } }]);
    expect(read.data!._entities[1].cooperationAgreements.map((row) => row.code)).toEqual(["TRIANGULAR_COOPERATION_MEMORANDA", "TRIANGULAR_COOPERATION_MEMORANDUM_PARAGUAY"]);

    // Seeded agreements keep the report as their document.
    const seeded = await subgraph.execute<{ cooperationAgreement: { source: { document: string } } }>(`{ cooperationAgreement(code: "TRIANGULAR_COOPERATION_MEMORANDA") { source { document } } }`);
    expect(seeded.data!.cooperationAgreement.source.document).toMatch(/^Voluntary national report/);

    const [entry] = (await auditTrail()).filter((step) => step.entityId === "TRIANGULAR_COOPERATION_MEMORANDUM_PARAGUAY");
    expect(entry).toMatchObject({ action: "createCooperationAgreement", entity: "CooperationAgreement", subject: "ana", before: null });
    expect(JSON.parse(entry!.after!)).toMatchObject({
      code: "TRIANGULAR_COOPERATION_MEMORANDUM_PARAGUAY",
      sourceDocument: "Camões annual report 2022",
      objectiveNumbers: [2],
      countries: [{ countryIso: "MZ", role: "PROJECT_LOCATION" }, { countryIso: "PY", role: "TRIANGULAR_COOPERATION_PARTNER" }],
    });
  });

  it("takes an agreement with no named partner, status given, and sorts its objectives", async () => {
    const input = agreement({ code: "SCP_2022_2026", kind: "STRATEGIC_COOPERATION_PROGRAMME", status: "COMPLETED", countries: [], objectives: [23, 2], initiative: null });
    const { data, errors } = await subgraph.execute<Created>(CREATE_AGREEMENT, { input }, WRITER);
    expect(errors).toBeUndefined();
    expect(data!.createCooperationAgreement).toMatchObject({ code: "SCP_2022_2026", status: "COMPLETED", countries: [], objectives: [{ number: 2 }, { number: 23 }], initiative: null });
  });

  it.each([
    [{ code: "lower_case" }, "input.code", /upper-case letters, digits and '_'/],
    [{ code: "TRIANGULAR_COOPERATION_MEMORANDA" }, "input.code", /already exists/],
    [{ name: "   " }, "input.name", /must not be empty/],
    [{ purpose: "" }, "input.purpose", /must not be empty/],
    [{ description: "x".repeat(4001) }, "input.description", /at most 4000 characters/],
    [{ countries: [{ country: "PRY", role: "TRIANGULAR_COOPERATION_PARTNER" }] }, "input.countries[0].country", /ISO 3166-1 alpha-2/],
    [{ countries: [{ country: "MZ", role: "PROJECT_LOCATION" }, { country: "XX", role: "PROJECT_LOCATION" }] }, "input.countries[1].country", /not an assigned/],
    [{ countries: [{ country: "pt", role: "PROJECT_LOCATION" }] }, "input.countries[0].country", /Portugal is party to every agreement/],
    [{ countries: [{ country: "MZ", role: "PROJECT_LOCATION" }, { country: "mz", role: "VOCATIONAL_TRAINING_PARTNER" }] }, "input.countries[1].country", /names MZ a second time/],
    [{ kind: "STRATEGIC_COOPERATION_PROGRAMME" }, "input.countries[0].role", /TRIANGULAR_COOPERATION_PARTNER is a role in a TRIANGULAR_COOPERATION_MEMORANDUM/],
    [{ objectives: [] }, "input.objectives", /at least one objective/],
    [{ objectives: [2, 24] }, "input.objectives[1]", /objective number from 1 to 23/],
    [{ objectives: [2, 2] }, "input.objectives", /names objective 2 more than once/],
    [{ initiative: "not a code" }, "input.initiative", /upper-case letters/],
    [{ source: { document: "x", reference: "", quote: "x" } }, "input.source.reference", /must not be empty/],
  ])("refuses %j, naming %s, and writes nothing", async (overrides, argument, reason) => {
    const before = { agreements: await prisma.cooperationAgreement.count(), links: await prisma.cooperationAgreementCountry.count(), audit: await prisma.auditEntry.count() };
    const { errors } = await subgraph.execute(CREATE_AGREEMENT, { input: agreement({ code: "REFUSED_AGREEMENT", ...overrides }) }, WRITER);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(errors![0]!.message).toMatch(reason);
    expect({ agreements: await prisma.cooperationAgreement.count(), links: await prisma.cooperationAgreementCountry.count(), audit: await prisma.auditEntry.count() }).toEqual(before);
  });

  it("creates once when ten requests race for the same new code", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) => subgraph.execute(CREATE_AGREEMENT, { input: agreement({ code: "RACED_AGREEMENT" }), key: `raced-agreement-${index}` }, WRITER)),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const failed of results.filter((result) => result.errors)) {
      expect(failed.errors![0]).toMatchObject({ message: 'Invalid argument "input.code": a cooperation agreement with code "RACED_AGREEMENT" already exists', extensions: { code: "BAD_USER_INPUT" } });
    }
    expect(await prisma.cooperationAgreementCountry.count({ where: { agreementCode: "RACED_AGREEMENT" } })).toBe(2);
    expect(await prisma.auditEntry.count({ where: { entityId: "RACED_AGREEMENT" } })).toBe(1);
    // A failed request did not keep its key: it may be retried, and now sees the duplicate.
    expect(await prisma.idempotencyKey.count({ where: { key: { startsWith: "raced-agreement-" } } })).toBe(1);
  });
});

describe("retries and concurrency", () => {
  it("keeps idempotency keys per department action: a create retried with its key returns the created agreement", async () => {
    const key = "create-agreement-retry-1";
    const input = agreement({ code: "RETRIED_AGREEMENT" });
    const first = await subgraph.execute(CREATE_AGREEMENT, { input, key }, WRITER);
    const again = await subgraph.execute(CREATE_AGREEMENT, { input, key }, WRITER);
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await prisma.auditEntry.count({ where: { entityId: "RETRIED_AGREEMENT" } })).toBe(1);
  });

  it("a write that fails midway leaves no partial data and no audit entry", async () => {
    const count = async () => ({
      figures: await prisma.observation.count(),
      agreements: await prisma.cooperationAgreement.count(),
      links: await prisma.cooperationAgreementCountry.count(),
      audit: await prisma.auditEntry.count(),
      keys: await prisma.idempotencyKey.count(),
    });
    const before = await count();
    await expect(
      auditedWrite<DiasporaTransaction, never>((work) => prisma.$transaction(work), {
        schema: "diaspora",
        caller: WRITER,
        requestId: "midway",
        action: "createCooperationAgreement",
        entity: "CooperationAgreement",
        idempotencyKey: "midway-failure-key",
        perform: async (tx) => {
          await tx.observation.create({ data: { code: "diaspora.midway", label: "x", value: 1, unit: "x", periodStart: "2022", periodLabel: "2022", sourceRef: "x", sourceQuote: "x" } });
          await tx.cooperationAgreement.create({
            data: {
              code: "MIDWAY_AGREEMENT", name: "x", kind: "STRATEGIC_COOPERATION_PROGRAMME", status: "ACTIVE", purpose: "x", description: "x",
              objectiveNumbers: [2], sourceRef: "x", sourceQuote: "x", countries: { create: [{ countryIso: "MZ", role: "PROJECT_LOCATION" }] },
            },
          });
          throw new Error("the disk is full");
        },
      }),
    ).rejects.toThrow("the disk is full");
    expect(await count()).toEqual(before);
    expect(await prisma.cooperationAgreement.findUnique({ where: { code: "MIDWAY_AGREEMENT" } })).toBeNull();
  });
});
