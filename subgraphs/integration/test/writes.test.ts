// What the integration department's writes add to the rules every department shares
// (those are in records.test.ts and figures.test.ts): a status change of any kind of
// programme, and a new plan that keeps its objectives, participants and provenance, is
// served on every path, and is refused by name when its input is bad.
import { describe, expect, it } from "vitest";
import type { Caller } from "@gcm-hub/kit";
import { expectRefusedWrite, useTestSubgraph } from "@gcm-hub/kit/testing";
import { integration } from "../src/server.js";

const WRITER: Caller = { subgraph: "integration", scopes: ["write"], subject: "ana" };

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

const subgraph = useTestSubgraph(integration);
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

    const [entry] = await subgraph.auditOf(code);
    expect(entry).toMatchObject({ action: "updateIntegrationProgrammeStatus", entity: "IntegrationProgramme", subject: "ana", department: "integration" });
    expect(JSON.parse(entry!.before!)).toMatchObject({ code, kind: "INTEGRATION_NETWORK", status: "PILOT" });
    expect(JSON.parse(entry!.after!)).toMatchObject({ code, kind: "INTEGRATION_NETWORK", status: "EXPANDING" });
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

    const [entry] = await subgraph.auditOf("PMIM_AMADORA_2023_2025");
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
  ])("refuses %j, naming %s, and writes nothing", (overrides, argument, reason) =>
    expectRefusedWrite(subgraph, { query: CREATE_PLAN, variables: { input: plan({ code: "REFUSED_PLAN", ...overrides }) }, caller: WRITER }, { argument, reason }, ["programme", "programme_objective", "programme_participant"]),
  );

  it("refuses an unknown level or policy area before it runs", async () => {
    const { errors } = await subgraph.execute(CREATE_PLAN, { input: plan({ level: "REGIONAL" }) }, WRITER);
    expect(errors![0]!.message).toMatch(/IntegrationPlanLevel/);
  });
});
