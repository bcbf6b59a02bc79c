// What the social department's writes add to the rules every department shares (those
// are in records.test.ts and figures.test.ts): a convention's countries move with its
// status, all or nothing; a new convention keeps its countries, initiative and source;
// bad input is refused by name; seeded records keep the report as their source.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditedWrite, REPORT, type Caller } from "@gcm-hub/kit";
import { exampleFigure, expectRefusedWrite, useTestSubgraph } from "@gcm-hub/kit/testing";
import { roleAfterStatusChange } from "../src/data/conventionColumns.js";
import { social } from "../src/server.js";
import { createSocialPrisma, type SocialPrisma, type SocialTransaction } from "../src/prisma.js";

const WRITER: Caller = { subgraph: "social", scopes: ["write"], subject: "ana" };
const LABOUR: Caller = { subgraph: "labour", scopes: ["write", "publish"], subject: "eva" };

const CORRECT = `mutation($id: ID!, $input: FigureInput!) { correctSocialProtectionFigure(id: $id, input: $input) { id value status } }`;

const CONVENTION_FIELDS = `code name kind status description objective { number } countries { country { iso } role } initiative { code } source { document reference quote }`;
const UPDATE = `mutation($code: ID!, $status: ConventionStatus!, $key: String) {
  updateSocialSecurityConventionStatus(code: $code, status: $status, idempotencyKey: $key) { code status countries { country { iso } role } }
}`;
const CREATE = `mutation($input: SocialSecurityConventionInput!, $key: String) {
  createSocialSecurityConvention(input: $input, idempotencyKey: $key) { ${CONVENTION_FIELDS} }
}`;
const CONVENTION = `query($code: ID!) { socialSecurityConvention(code: $code) { ${CONVENTION_FIELDS} } }`;

type Links = { country: { iso: string }; role: string }[];
type Updated = { updateSocialSecurityConventionStatus: { code: string; status: string; countries: Links } };
type Convention = {
  code: string;
  name: string;
  kind: string;
  status: string;
  description: string;
  objective: { number: number };
  countries: Links;
  initiative: { code: string } | null;
  source: { document: string; reference: string; quote: string };
};
type Created = { createSocialSecurityConvention: Convention };

function conventionInput(overrides: Record<string, unknown> = {}) {
  return {
    code: "BILATERAL_MOROCCO",
    name: "Bilateral social security convention with Morocco",
    kind: "BILATERAL",
    status: "UNDER_NEGOTIATION",
    description: "New bilateral social security convention being negotiated with Morocco.",
    objective: 22,
    countries: [{ country: "ma", role: "NEGOTIATING_PARTY" }],
    initiative: "SSC_MOROCCO",
    source: { document: "ISS activity report 2022", reference: "Chapter 5", quote: "negotiations with Morocco have started" },
    ...overrides,
  };
}

/** A multilateral convention, at `status`, among the countries given with their roles. */
function multilateral(code: string, among: string, roles: Record<string, string>, status = "UNDER_NEGOTIATION") {
  const countries = Object.entries(roles).map(([country, role]) => ({ country, role }));
  return conventionInput({ code, name: `${among} multilateral social security convention`, kind: "MULTILATERAL", status, countries, initiative: null });
}

const subgraph = useTestSubgraph(social);
let prisma: SocialPrisma;
beforeAll(() => {
  prisma = createSocialPrisma(subgraph.running.database);
});
afterAll(() => prisma?.$disconnect());

async function convention(code: string, caller: Caller | null = null): Promise<Convention | null> {
  return (await subgraph.execute<{ socialSecurityConvention: Convention | null }>(CONVENTION, { code }, caller)).data!.socialSecurityConvention;
}

describe("record, publish, correct", () => {
  it("corrects a seeded figure with the audit trail keeping the report's values", async () => {
    const id = "social.covid19_foreign_citizens_vaccinated";
    const input = { ...exampleFigure("social", { label: "Foreign citizens vaccinated against COVID-19", value: 612000, unit: "people", objective: null }), pandemicResponse: true };
    const corrected = await subgraph.execute(CORRECT, { id, input }, WRITER);
    expect(corrected.data).toEqual({ correctSocialProtectionFigure: { id, value: 612000, status: "DRAFT" } });
    const [entry] = await subgraph.auditOf(id);
    expect(JSON.parse(entry!.before!)).toMatchObject({ value: 600000, sourceDocument: REPORT });
    expect(JSON.parse(entry!.after!)).toMatchObject({ value: 612000, sourceDocument: "social half-year report 2022" });
  });

});

describe("updateSocialSecurityConventionStatus", () => {
  it("brings a convention under negotiation into force, its negotiating party now covered, for everyone to see, and audits both", async () => {
    const { data, errors } = await subgraph.execute<Updated>(UPDATE, { code: "BILATERAL_ALGERIA", status: "IN_FORCE" }, WRITER);
    expect(errors).toBeUndefined();
    expect(data!.updateSocialSecurityConventionStatus).toEqual({ code: "BILATERAL_ALGERIA", status: "IN_FORCE", countries: [{ country: { iso: "DZ" }, role: "COVERED" }] });
    expect(await convention("BILATERAL_ALGERIA", LABOUR)).toMatchObject({ status: "IN_FORCE", source: { document: REPORT, reference: "Section II, Objective 22" } });

    const algeria = await subgraph.execute<{ _entities: { socialSecurityConventions: { code: string; countries: Links }[] }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { socialSecurityConventions(status: IN_FORCE) { code countries(role: COVERED) { country { iso } role } } } } }`,
      { r: [{ __typename: "Country", iso: "DZ" }] },
    );
    expect(algeria.data!._entities[0]!.socialSecurityConventions).toEqual([{ code: "BILATERAL_ALGERIA", countries: [{ country: { iso: "DZ" }, role: "COVERED" }] }]);

    const [entry, ...rest] = await subgraph.auditOf("BILATERAL_ALGERIA");
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ action: "updateConventionStatus", entity: "SocialSecurityConvention", subject: "ana" });
    expect(JSON.parse(entry!.before!)).toMatchObject({ status: "UNDER_NEGOTIATION", countries: [{ countryIso: "DZ", role: "NEGOTIATING_PARTY" }] });
    expect(JSON.parse(entry!.after!)).toMatchObject({ status: "IN_FORCE", countries: [{ countryIso: "DZ", role: "COVERED" }] });
  });

  it("starts foreseen negotiations, the foreseen party now negotiating, and moves back, a country never ahead of its convention", async () => {
    const started = await subgraph.execute<Updated>(UPDATE, { code: "BILATERAL_SERBIA", status: "UNDER_NEGOTIATION" }, WRITER);
    expect(started.data!.updateSocialSecurityConventionStatus.countries).toEqual([{ country: { iso: "RS" }, role: "NEGOTIATING_PARTY" }]);

    const reverted = await subgraph.execute<Updated>(UPDATE, { code: "BILATERAL_CHINA", status: "NEGOTIATION_FORESEEN" }, WRITER);
    expect(reverted.data!.updateSocialSecurityConventionStatus).toEqual({
      code: "BILATERAL_CHINA",
      status: "NEGOTIATION_FORESEEN",
      countries: [{ country: { iso: "CN" }, role: "FORESEEN_PARTY" }],
    });
  });

  it("moves only the countries at the convention's stage forward, and brings back those ahead of it", async () => {
    const input = multilateral("MEDITERRANEAN_MULTILATERAL", "Mediterranean", { ES: "NEGOTIATING_PARTY", IT: "FORESEEN_PARTY", PT: "NEGOTIATING_PARTY" });
    expect((await subgraph.execute(CREATE, { input }, WRITER)).errors).toBeUndefined();
    const inForce = await subgraph.execute<Updated>(UPDATE, { code: "MEDITERRANEAN_MULTILATERAL", status: "IN_FORCE" }, WRITER);
    expect(inForce.data!.updateSocialSecurityConventionStatus.countries).toEqual([
      { country: { iso: "ES" }, role: "COVERED" },
      { country: { iso: "IT" }, role: "FORESEEN_PARTY" },
      { country: { iso: "PT" }, role: "COVERED" },
    ]);
    const foreseen = await subgraph.execute<Updated>(UPDATE, { code: "MEDITERRANEAN_MULTILATERAL", status: "NEGOTIATION_FORESEEN" }, WRITER);
    expect(foreseen.data!.updateSocialSecurityConventionStatus.countries.map(({ role }) => role)).toEqual(["FORESEEN_PARTY", "FORESEEN_PARTY", "FORESEEN_PARTY"]);
  });

  it.each([
    ["UNDER_NEGOTIATION", "IN_FORCE", "NEGOTIATING_PARTY", "COVERED"],
    ["UNDER_NEGOTIATION", "IN_FORCE", "FORESEEN_PARTY", "FORESEEN_PARTY"],
    ["NEGOTIATION_FORESEEN", "UNDER_NEGOTIATION", "FORESEEN_PARTY", "NEGOTIATING_PARTY"],
    ["NEGOTIATION_FORESEEN", "IN_FORCE", "FORESEEN_PARTY", "COVERED"],
    ["IN_FORCE", "UNDER_NEGOTIATION", "COVERED", "NEGOTIATING_PARTY"],
    ["IN_FORCE", "UNDER_NEGOTIATION", "FORESEEN_PARTY", "FORESEEN_PARTY"],
    ["IN_FORCE", "NEGOTIATION_FORESEEN", "NEGOTIATING_PARTY", "FORESEEN_PARTY"],
  ] as const)("from %s to %s, a %s country becomes %s", (from, to, role, expected) => {
    expect(roleAfterStatusChange(role, from, to)).toBe(expected);
  });

  it.each([
    [{ code: "BILATERAL_ATLANTIS", status: "IN_FORCE" }, "code", /no social security convention has code "BILATERAL_ATLANTIS"/],
    [{ code: "IBERO_AMERICAN_MULTILATERAL", status: "IN_FORCE" }, "status", /already IN_FORCE/],
    [{ code: "IBERO_AMERICAN_MULTILATERAL", status: "UNDER_NEGOTIATION", key: "short" }, "idempotencyKey", /8 to 128/],
  ])("refuses %j, naming %s, and writes nothing", async (variables, argument, reason) => {
    await expectRefusedWrite(subgraph, { query: UPDATE, variables, caller: WRITER }, { argument, reason });
    expect((await convention("IBERO_AMERICAN_MULTILATERAL"))!.status).toBe("IN_FORCE");
  });

  it("an update that fails midway leaves the status, the roles, the audit trail and the keys as they were", async () => {
    const count = () => subgraph.rowCounts("audit_entry", "idempotency_key");
    const before = { convention: await convention("IBERO_AMERICAN_MULTILATERAL"), ...(await count()) };
    await expect(
      auditedWrite<SocialTransaction, never>((work) => prisma.$transaction(work), {
        schema: "social",
        caller: WRITER,
        requestId: "midway",
        action: "updateConventionStatus",
        entity: "SocialSecurityConvention",
        idempotencyKey: "midway-convention-key",
        perform: async (tx) => {
          await tx.socialSecurityConvention.update({ where: { code: "IBERO_AMERICAN_MULTILATERAL" }, data: { status: "UNDER_NEGOTIATION" } });
          await tx.conventionCountry.updateMany({ where: { conventionCode: "IBERO_AMERICAN_MULTILATERAL" }, data: { role: "NEGOTIATING_PARTY" } });
          throw new Error("the disk is full");
        },
      }),
    ).rejects.toThrow("the disk is full");
    expect({ convention: await convention("IBERO_AMERICAN_MULTILATERAL"), ...(await count()) }).toEqual(before);
  });
});

describe("createSocialSecurityConvention", () => {
  it("adds a convention with its countries, initiative and source, visible to everyone, and audits it", async () => {
    const { data, errors } = await subgraph.execute<Created>(CREATE, { input: conventionInput() }, WRITER);
    expect(errors).toBeUndefined();
    const expected = {
      code: "BILATERAL_MOROCCO",
      name: "Bilateral social security convention with Morocco",
      kind: "BILATERAL",
      status: "UNDER_NEGOTIATION",
      description: "New bilateral social security convention being negotiated with Morocco.",
      objective: { number: 22 },
      countries: [{ country: { iso: "MA" }, role: "NEGOTIATING_PARTY" }],
      initiative: { code: "SSC_MOROCCO" },
      source: { document: "ISS activity report 2022", reference: "Chapter 5", quote: "negotiations with Morocco have started" },
    };
    expect(data!.createSocialSecurityConvention).toEqual(expected);
    expect(await convention("BILATERAL_MOROCCO", null)).toEqual(expected);
    expect(await convention("BILATERAL_MOROCCO", LABOUR)).toEqual(expected);

    const list = await subgraph.execute<{ socialSecurityConventions: { edges: { node: { code: string } }[] } }>(
      `{ socialSecurityConventions(filter: { country: "ma", status: UNDER_NEGOTIATION }) { edges { node { code } } } }`,
    );
    expect(list.data!.socialSecurityConventions.edges).toEqual([{ node: { code: "BILATERAL_MOROCCO" } }]);
    const entities = await subgraph.execute<{ _entities: { socialSecurityConventions: { code: string }[] }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Initiative { socialSecurityConventions { code } }
        ... on Country { socialSecurityConventions(status: UNDER_NEGOTIATION) { code } }
      } }`,
      { r: [{ __typename: "Initiative", code: "SSC_MOROCCO" }, { __typename: "Country", iso: "MA" }] },
    );
    expect(entities.data!._entities).toEqual([{ socialSecurityConventions: [{ code: "BILATERAL_MOROCCO" }] }, { socialSecurityConventions: [{ code: "BILATERAL_MOROCCO" }] }]);
    const objective = await subgraph.execute<{ _entities: { socialSecurityConventions: { code: string }[] }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Objective { socialSecurityConventions(status: UNDER_NEGOTIATION) { code } } } }`,
      { r: [{ __typename: "Objective", number: 22 }] },
    );
    expect(objective.data!._entities[0]!.socialSecurityConventions.map(({ code }) => code)).toContain("BILATERAL_MOROCCO");

    const [entry, ...rest] = await subgraph.auditOf("BILATERAL_MOROCCO");
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ action: "createConvention", entity: "SocialSecurityConvention", subject: "ana", before: null });
    expect(JSON.parse(entry!.after!)).toMatchObject({
      code: "BILATERAL_MOROCCO",
      objectiveNumber: 22,
      initiativeCode: "SSC_MOROCCO",
      sourceDocument: "ISS activity report 2022",
      countries: [{ countryIso: "MA", role: "NEGOTIATING_PARTY" }],
    });
  });

  it("puts a convention under Objective 22 when no objective is given, and adds one in force covering Portugal among its countries", async () => {
    const { objective: _, ...withoutObjective } = multilateral("LUSOPHONE_MULTILATERAL", "CPLP", { PT: "COVERED", CV: "COVERED", AO: "NEGOTIATING_PARTY" }, "IN_FORCE");
    const { data, errors } = await subgraph.execute<Created>(CREATE, { input: withoutObjective }, WRITER);
    expect(errors).toBeUndefined();
    expect(data!.createSocialSecurityConvention).toMatchObject({
      objective: { number: 22 },
      status: "IN_FORCE",
      initiative: null,
      countries: [
        { country: { iso: "AO" }, role: "NEGOTIATING_PARTY" },
        { country: { iso: "CV" }, role: "COVERED" },
        { country: { iso: "PT" }, role: "COVERED" },
      ],
    });
  });

  it("leaves the seeded conventions' report provenance untouched", async () => {
    expect((await convention("IBERO_AMERICAN_MULTILATERAL"))!.source).toMatchObject({ document: REPORT, reference: "Section II, Objective 22" });
    expect((await convention("BILATERAL_SERBIA"))!.source.document).toBe(REPORT);
  });

  it.each([
    [{ code: "bilateral morocco" }, "input.code", /upper-case letters, digits and '_'/],
    [{ code: "BILATERAL_ALGERIA" }, "input.code", /code "BILATERAL_ALGERIA" already exists/],
    [{ name: "   " }, "input.name", /must not be empty/],
    [{ description: "" }, "input.description", /must not be empty/],
    [{ objective: 0 }, "input.objective", /objective number from 1 to 23/],
    [{ objective: 24 }, "input.objective", /objective number from 1 to 23/],
    [{ countries: [{ country: "M1", role: "NEGOTIATING_PARTY" }] }, "input.countries[0].country", /ISO 3166-1 alpha-2 country code \(two letters\)/],
    [{ countries: [{ country: "XX", role: "NEGOTIATING_PARTY" }] }, "input.countries[0].country", /not an assigned ISO 3166-1 alpha-2/],
    [{ countries: [{ country: "pt", role: "NEGOTIATING_PARTY" }] }, "input.countries[0].country", /Portugal is the other party of every bilateral convention/],
    [{ countries: [{ country: "MA", role: "COVERED" }] }, "input.countries[0].role", /cannot be COVERED in a convention that is UNDER_NEGOTIATION/],
    [{ status: "NEGOTIATION_FORESEEN" }, "input.countries[0].role", /cannot be NEGOTIATING_PARTY in a convention that is NEGOTIATION_FORESEEN/],
    [{ status: "IN_FORCE" }, "input.countries", /a convention that is IN_FORCE has at least one COVERED country/],
    [{ countries: [] }, "input.countries", /exactly one country.*got 0/],
    [{ countries: [{ country: "MA", role: "NEGOTIATING_PARTY" }, { country: "TN", role: "NEGOTIATING_PARTY" }] }, "input.countries", /exactly one country.*got 2/],
    [{ kind: "MULTILATERAL", countries: [{ country: "MA", role: "NEGOTIATING_PARTY" }] }, "input.countries", /at least two, got 1/],
    [
      { kind: "MULTILATERAL", countries: [{ country: "MA", role: "NEGOTIATING_PARTY" }, { country: "ma", role: "NEGOTIATING_PARTY" }] },
      "input.countries[1].country",
      /repeats country MA/,
    ],
    [{ initiative: "ssc-morocco" }, "input.initiative", /upper-case letters/],
    [{ source: { document: "ISS", reference: "p. 3", quote: " " } }, "input.source.quote", /must not be empty/],
  ])("refuses %j, naming %s, and writes nothing", (overrides, argument, reason) =>
    expectRefusedWrite(subgraph, { query: CREATE, variables: { input: conventionInput({ code: "BILATERAL_TUNISIA", ...overrides }) }, caller: WRITER }, { argument, reason }, ["social_security_convention", "convention_country"]),
  );
});
