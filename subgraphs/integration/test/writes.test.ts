// The integration department records, publishes and corrects its figures, sets how far
// its programmes have come, and adds plans: only it may, with the right scope; drafts
// are its own until published; every step is audited in the write's transaction;
// retries and concurrency never duplicate or lose a write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditedWrite, type Caller } from "@gcm-hub/kit";
import { startTestSubgraph, type TestSubgraph } from "@gcm-hub/kit/testing";
import { integration } from "../src/server.js";
import { createIntegrationPrisma, type IntegrationPrisma, type IntegrationTransaction } from "../src/prisma.js";

const WRITER: Caller = { subgraph: "integration", scopes: ["write"], subject: "ana" };
const PUBLISH_ONLY: Caller = { subgraph: "integration", scopes: ["publish"], subject: "ines" };
const LABOUR: Caller = { subgraph: "labour", scopes: ["write", "publish"], subject: "eva" };

const AUDIT = `{ integrationAuditTrail(first: 100) { totalCount edges { node { id at department action subject entity entityId before after requestId } } } }`;
const PROGRAMME_STATUS = `mutation($code: ID!, $status: IntegrationStatus!, $key: String) {
  updateIntegrationProgrammeStatus(code: $code, status: $status, idempotencyKey: $key) { __typename code status ... on IntegrationNetwork { scope } } }`;
const CREATE_PLAN = `mutation($input: IntegrationPlanInput!, $key: String) {
  createIntegrationPlan(input: $input, idempotencyKey: $key) {
    code name description level policyArea status startYear endYear approvedOn pandemicResponse
    objectives { number } participants { department { code } role } initiative { code } figures { id } source { document reference quote } } }`;

function plan(overrides: Record<string, unknown> = {}) {
  return {
    code: "PMIM_AMADORA_2023_2025",
    name: "Municipal Plan for the Integration of Migrants of Amadora 2023-2025",
    description: "The municipality's second plan for the integration of migrants, with measures on reception, housing and language learning.",
    level: "MUNICIPAL",
    policyArea: "INTEGRATION",
    startYear: 2023,
    endYear: 2025,
    approvedOn: "2023-02",
    objectives: [16, 15],
    participants: [
      { department: "acm", role: "PARTNER" },
      { department: "IEFP", role: "LEAD" },
    ],
    initiative: "PMIM",
    source: { document: "Amadora municipal plan 2023-2025", reference: "Chapter 1", quote: "the second Municipal Plan for the Integration of Migrants" },
    ...overrides,
  };
}

let subgraph: TestSubgraph;
let prisma: IntegrationPrisma;
beforeAll(async () => {
  subgraph = await startTestSubgraph(integration);
  prisma = createIntegrationPrisma(subgraph.running.database);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await subgraph?.close();
});

type AuditNode = { id: string; at: string; department: string; action: string; subject: string; entity: string; entityId: string; before: string | null; after: string | null; requestId: string };

async function auditTrail(): Promise<AuditNode[]> {
  const { data, errors } = await subgraph.execute<{ integrationAuditTrail: { edges: { node: AuditNode }[] } }>(AUDIT, {}, WRITER);
  expect(errors).toBeUndefined();
  return data!.integrationAuditTrail.edges.map(({ node }) => node);
}

describe("who may write", () => {
  it("guards the record mutations the same way, and writes nothing when it refuses", async () => {
    const auditBefore = await prisma.auditEntry.count();
    const writes: [string, Record<string, unknown>][] = [
      [PROGRAMME_STATUS, { code: "PLA_COURSES", status: "COMPLETED" }],
      [CREATE_PLAN, { input: plan({ code: "REFUSED_PLAN" }) }],
    ];
    for (const [mutation, variables] of writes) {
      expect((await subgraph.execute(mutation, variables)).errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
      expect((await subgraph.execute(mutation, variables, LABOUR)).errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
      const missingScope = await subgraph.execute(mutation, variables, PUBLISH_ONLY);
      expect(missingScope.errors![0]).toMatchObject({ message: "The token lacks the 'write' scope (it has: publish)", extensions: { code: "FORBIDDEN" } });
    }
    expect(await prisma.programme.findUnique({ where: { code: "PLA_COURSES" }, select: { status: true } })).toEqual({ status: "ONGOING" });
    expect(await prisma.programme.findUnique({ where: { code: "REFUSED_PLAN" } })).toBeNull();
    expect(await prisma.auditEntry.count()).toBe(auditBefore);
  });
});

describe("record, publish, correct", () => {
  it("keeps seeded figures published with the report as their document", async () => {
    const { data } = await subgraph.execute<{ integrationFigures: { totalCount: number; edges: { node: { status: string; source: { document: string } } }[] } }>(
      `{ integrationFigures(filter: { objective: 17 }) { totalCount edges { node { status source { document } } } } }`,
    );
    expect(data!.integrationFigures.totalCount).toBe(1);
    expect(data!.integrationFigures.edges[0]!.node).toEqual({ status: "PUBLISHED", source: { document: expect.stringMatching(/^Voluntary national report/) } });
  });

});

describe("programme status", () => {
  it("sets a programme's status whatever its kind, audits the change and serves it at once", async () => {
    const code = "REDE_INTEGRAR_VALORIZA";
    const { data, errors } = await subgraph.execute(PROGRAMME_STATUS, { code, status: "EXPANDING" }, WRITER);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ updateIntegrationProgrammeStatus: { __typename: "IntegrationNetwork", code, status: "EXPANDING", scope: "MUNICIPALITIES" } });
    const read = await subgraph.execute<{ integrationNetworks: { code: string }[]; pilots: { code: string }[] }>(
      `{ integrationNetworks(status: EXPANDING) { code } pilots: integrationNetworks(status: PILOT) { code } }`,
    );
    expect(read.data).toEqual({ integrationNetworks: [{ code: "ACM_SUPPORT_NETWORK" }, { code }], pilots: [] });

    const [entry] = (await auditTrail()).filter((step) => step.entityId === code);
    expect(entry).toMatchObject({ action: "updateIntegrationProgrammeStatus", entity: "IntegrationProgramme", subject: "ana", department: "integration" });
    expect(JSON.parse(entry!.before!)).toMatchObject({ code, kind: "INTEGRATION_NETWORK", status: "PILOT" });
    expect(JSON.parse(entry!.after!)).toMatchObject({ code, kind: "INTEGRATION_NETWORK", status: "EXPANDING" });
  });

  it("sets a plan's status, and a retried key returns the first result without writing again", async () => {
    const code = "LOCAL_HOUSING_STRATEGIES";
    const key = "programme-status-0001";
    const first = await subgraph.execute(PROGRAMME_STATUS, { code, status: "COMPLETED", key }, WRITER);
    const again = await subgraph.execute(PROGRAMME_STATUS, { code, status: "COMPLETED", key }, WRITER);
    expect(first.data).toEqual({ updateIntegrationProgrammeStatus: { __typename: "IntegrationPlan", code, status: "COMPLETED" } });
    expect(again).toEqual(first);
    expect(await prisma.auditEntry.count({ where: { entityId: code } })).toBe(1);
    const objective = await subgraph.execute<{ _entities: [{ integrationProgrammes: { code: string }[] }] }>(
      `{ _entities(representations: [{ __typename: "Objective", number: 15 }]) { ... on Objective { integrationProgrammes(kind: INTEGRATION_PLAN, status: COMPLETED) { code } } } }`,
    );
    expect(objective.data!._entities[0].integrationProgrammes).toEqual([{ code }]);
  });

  it("refuses an unknown code, an unchanged status and an unknown status, naming the argument", async () => {
    const unknown = await subgraph.execute(PROGRAMME_STATUS, { code: "NO_SUCH_PROGRAMME", status: "ONGOING" }, WRITER);
    expect(unknown.errors![0]).toMatchObject({ message: 'Invalid argument "code": no integration programme has code "NO_SUCH_PROGRAMME"', extensions: { code: "BAD_USER_INPUT", argument: "code" } });
    const unchanged = await subgraph.execute(PROGRAMME_STATUS, { code: "NPCRD_2021_2025", status: "APPROVED" }, WRITER);
    expect(unchanged.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "status" } });
    expect(unchanged.errors![0]!.message).toMatch(/is already APPROVED/);
    const badEnum = await subgraph.execute(PROGRAMME_STATUS, { code: "PLA_COURSES", status: "DONE" }, WRITER);
    expect(badEnum.errors![0]!.message).toMatch(/IntegrationStatus/);
  });

  it("lets exactly one of ten concurrent identical transitions happen, audited once", async () => {
    const code = "MIGRANT_RECEPTION_GUIDE";
    const results = await Promise.all(Array.from({ length: 10 }, () => subgraph.execute(PROGRAMME_STATUS, { code, status: "COMPLETED" }, WRITER)));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const failed of results.filter((result) => result.errors)) {
      expect(failed.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "status" });
    }
    expect(await prisma.auditEntry.count({ where: { entityId: code } })).toBe(1);
  });
});

describe("create an integration plan", () => {
  type Created = {
    createIntegrationPlan: {
      code: string;
      status: string;
      objectives: { number: number }[];
      participants: { department: { code: string }; role: string }[];
      initiative: { code: string } | null;
      figures: { id: string }[];
      source: { document: string; reference: string; quote: string };
    };
  };

  it("adds it with its objectives, participants and provenance, visible to everyone at once, and audited", async () => {
    const { data, errors } = await subgraph.execute<Created>(CREATE_PLAN, { input: plan() }, WRITER);
    expect(errors).toBeUndefined();
    expect(data!.createIntegrationPlan).toEqual({
      code: "PMIM_AMADORA_2023_2025",
      name: "Municipal Plan for the Integration of Migrants of Amadora 2023-2025",
      description: "The municipality's second plan for the integration of migrants, with measures on reception, housing and language learning.",
      level: "MUNICIPAL",
      policyArea: "INTEGRATION",
      status: "APPROVED",
      startYear: 2023,
      endYear: 2025,
      approvedOn: "2023-02",
      pandemicResponse: false,
      objectives: [{ number: 15 }, { number: 16 }],
      participants: [
        { department: { code: "IEFP" }, role: "LEAD" },
        { department: { code: "ACM" }, role: "PARTNER" },
      ],
      initiative: { code: "PMIM" },
      figures: [],
      source: { document: "Amadora municipal plan 2023-2025", reference: "Chapter 1", quote: "the second Municipal Plan for the Integration of Migrants" },
    });

    const lists = await subgraph.execute<{ integrationPlans: { code: string }[]; integrationProgrammes: { totalCount: number } }>(
      `{ integrationPlans(level: MUNICIPAL, policyArea: INTEGRATION) { code } integrationProgrammes(filter: { kind: INTEGRATION_PLAN, department: "iefp" }) { totalCount } }`,
    );
    expect(lists.data).toEqual({ integrationPlans: [{ code: "PMIM" }, { code: "PMIM_AMADORA_2023_2025" }], integrationProgrammes: { totalCount: 1 } });

    const entities = await subgraph.execute<{
      _entities: [{ integrationProgrammes: { code: string }[] }, { integrationProgrammes: { code: string }[] }, { integrationProgrammes: { code: string }[] }];
    }>(
      `{ _entities(representations: [{ __typename: "Department", code: "IEFP" }, { __typename: "Initiative", code: "PMIM" }, { __typename: "Objective", number: 15 }]) {
         ... on Department { integrationProgrammes(role: LEAD, kind: INTEGRATION_PLAN) { code } }
         ... on Initiative { integrationProgrammes { code } }
         ... on Objective { integrationProgrammes(kind: INTEGRATION_PLAN) { code } } } }`,
    );
    expect(entities.data!._entities.map((entity) => entity.integrationProgrammes.map((programme) => programme.code))).toEqual([
      ["PMIM_AMADORA_2023_2025"],
      ["PMIM", "PMIM_AMADORA_2023_2025"],
      ["LOCAL_HOUSING_STRATEGIES", "PMIM_AMADORA_2023_2025"],
    ]);

    // Seeded plans keep the report as their document.
    const seeded = await subgraph.execute<{ integrationProgramme: { source: { document: string } } }>(`{ integrationProgramme(code: "PMIM") { source { document } } }`);
    expect(seeded.data!.integrationProgramme.source.document).toMatch(/^Voluntary national report/);

    const [entry] = (await auditTrail()).filter((step) => step.entityId === "PMIM_AMADORA_2023_2025");
    expect(entry).toMatchObject({ action: "createIntegrationPlan", entity: "IntegrationPlan", subject: "ana", before: null });
    expect(JSON.parse(entry!.after!)).toMatchObject({
      code: "PMIM_AMADORA_2023_2025",
      kind: "INTEGRATION_PLAN",
      planLevel: "MUNICIPAL",
      sourceDocument: "Amadora municipal plan 2023-2025",
      objectives: [15, 16],
      participants: [{ departmentCode: "ACM", role: "PARTNER" }, { departmentCode: "IEFP", role: "LEAD" }],
    });
  });

  it("takes a national plan with only what it needs, the status given, and no initiative", async () => {
    const input = {
      code: "NATIONAL_INTEGRATION_PLAN_2024",
      name: "National plan for the integration of migrants",
      description: "A national plan.",
      level: "NATIONAL",
      policyArea: "INTEGRATION",
      status: "ONGOING",
      source: { document: "Council of Ministers Resolution", reference: "Annex", quote: "the plan is approved" },
    };
    const { data, errors } = await subgraph.execute<Created>(CREATE_PLAN, { input }, WRITER);
    expect(errors).toBeUndefined();
    expect(data!.createIntegrationPlan).toMatchObject({ code: "NATIONAL_INTEGRATION_PLAN_2024", status: "ONGOING", startYear: null, endYear: null, approvedOn: null, objectives: [], participants: [], initiative: null });
  });

  it.each([
    [{ code: "lower_case" }, "input.code", /upper-case letters, digits and '_'/],
    [{ code: "PMIM" }, "input.code", /an integration programme with code "PMIM" already exists \(INTEGRATION_PLAN\)/],
    [{ code: "PLA_COURSES" }, "input.code", /already exists \(LANGUAGE_PROGRAMME\)/],
    [{ name: "   " }, "input.name", /must not be empty/],
    [{ description: "x".repeat(4001) }, "input.description", /at most 4000 characters/],
    [{ startYear: 1850 }, "input.startYear", /year from 1900 to 2100/],
    [{ startYear: 2025, endYear: 2023 }, "input.endYear", /must not be before startYear \(2025\)/],
    [{ approvedOn: "2023-13" }, "input.approvedOn", /YYYY, YYYY-MM or YYYY-MM-DD/],
    [{ approvedOn: "2023-02-30" }, "input.approvedOn", /not a calendar date/],
    [{ approvedOn: "2999" }, "input.approvedOn", /must not be in the future/],
    [{ objectives: [16, 24] }, "input.objectives[1]", /objective number from 1 to 23/],
    [{ objectives: [16, 16] }, "input.objectives[1]", /repeats objective 16/],
    [{ participants: [{ department: "not a code", role: "LEAD" }] }, "input.participants[0].department", /upper-case letters/],
    [{ participants: [{ department: "ACM", role: "LEAD" }, { department: "acm", role: "PARTNER" }] }, "input.participants[1].department", /repeats department ACM/],
    [{ initiative: "pmim-2" }, "input.initiative", /upper-case letters/],
    [{ source: { document: "x", reference: "", quote: "x" } }, "input.source.reference", /must not be empty/],
  ])("refuses %j, naming %s, and writes nothing", async (overrides, argument, reason) => {
    const count = async () => ({
      programmes: await prisma.programme.count(),
      objectives: await prisma.programmeObjective.count(),
      participants: await prisma.programmeParticipant.count(),
      audit: await prisma.auditEntry.count(),
    });
    const before = await count();
    const { errors } = await subgraph.execute(CREATE_PLAN, { input: plan({ code: "REFUSED_PLAN", ...overrides }) }, WRITER);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(errors![0]!.message).toMatch(reason);
    expect(await count()).toEqual(before);
  });

  it("refuses an unknown level or policy area before it runs", async () => {
    const { errors } = await subgraph.execute(CREATE_PLAN, { input: plan({ level: "REGIONAL" }) }, WRITER);
    expect(errors![0]!.message).toMatch(/IntegrationPlanLevel/);
  });

  it("creates once when ten requests race for the same new code", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) => subgraph.execute(CREATE_PLAN, { input: plan({ code: "RACED_PLAN" }), key: `raced-plan-${index}` }, WRITER)),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const failed of results.filter((result) => result.errors)) {
      expect(failed.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.code" });
      expect(failed.errors![0]!.message).toMatch(/an integration programme with code "RACED_PLAN" already exists/);
    }
    expect(await prisma.programmeParticipant.count({ where: { programmeCode: "RACED_PLAN" } })).toBe(2);
    expect(await prisma.programmeObjective.count({ where: { programmeCode: "RACED_PLAN" } })).toBe(2);
    expect(await prisma.auditEntry.count({ where: { entityId: "RACED_PLAN" } })).toBe(1);
    // A failed request did not keep its key: it may be retried, and now sees the duplicate.
    expect(await prisma.idempotencyKey.count({ where: { key: { startsWith: "raced-plan-" } } })).toBe(1);
  });
});

describe("retries and concurrency", () => {
  it("returns the created plan for a create retried with its key", async () => {
    const key = "create-plan-retry-1";
    const input = plan({ code: "RETRIED_PLAN" });
    const first = await subgraph.execute(CREATE_PLAN, { input, key }, WRITER);
    const again = await subgraph.execute(CREATE_PLAN, { input, key }, WRITER);
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await prisma.programme.count({ where: { code: "RETRIED_PLAN" } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { entityId: "RETRIED_PLAN" } })).toBe(1);
  });

  it("a write that fails midway leaves no partial data and no audit entry", async () => {
    const count = async () => ({
      figures: await prisma.observation.count(),
      programmes: await prisma.programme.count(),
      objectives: await prisma.programmeObjective.count(),
      participants: await prisma.programmeParticipant.count(),
      audit: await prisma.auditEntry.count(),
      keys: await prisma.idempotencyKey.count(),
    });
    const before = await count();
    await expect(
      auditedWrite<IntegrationTransaction, never>((work) => prisma.$transaction(work), {
        schema: "integration",
        caller: WRITER,
        requestId: "midway",
        action: "createIntegrationPlan",
        entity: "IntegrationPlan",
        idempotencyKey: "midway-failure-key",
        perform: async (tx) => {
          await tx.observation.create({ data: { code: "integration.midway", label: "x", value: 1, unit: "x", periodStart: "2022", periodLabel: "2022", sourceRef: "x", sourceQuote: "x" } });
          await tx.programme.create({
            data: {
              code: "MIDWAY_PLAN", kind: "INTEGRATION_PLAN", name: "x", description: "x", status: "APPROVED", planLevel: "MUNICIPAL", policyArea: "INTEGRATION",
              sourceRef: "x", sourceQuote: "x", objectives: { create: [{ objectiveNumber: 16 }] }, participants: { create: [{ departmentCode: "ACM", role: "LEAD" }] },
            },
          });
          throw new Error("the disk is full");
        },
      }),
    ).rejects.toThrow("the disk is full");
    expect(await count()).toEqual(before);
    expect(await prisma.programme.findUnique({ where: { code: "MIDWAY_PLAN" } })).toBeNull();
  });
});
