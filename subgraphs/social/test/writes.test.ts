// The social department records, publishes and corrects its figures, moves its social
// security conventions along (their countries' roles with them) and adds new ones:
// only it may, with the right scope; drafts are its own until published; bad input is
// refused naming the field; every write is audited in its transaction; retries and
// concurrent writes never duplicate or lose one; seeded records keep the report as source.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditedWrite, REPORT, type Caller } from "@gcm-hub/kit";
import { startTestSubgraph, type TestSubgraph } from "@gcm-hub/kit/testing";
import { roleAfterStatusChange } from "../src/data/conventionColumns.js";
import { social } from "../src/server.js";
import { createSocialPrisma, type SocialPrisma, type SocialTransaction } from "../src/prisma.js";

const WRITER: Caller = { subgraph: "social", scopes: ["write"], subject: "ana" };
const READER: Caller = { subgraph: "social", scopes: ["publish"], subject: "joao" };
const LABOUR: Caller = { subgraph: "labour", scopes: ["write", "publish"], subject: "eva" };

const CORRECT = `mutation($id: ID!, $input: FigureInput!) { correctSocialProtectionFigure(id: $id, input: $input) { id value status } }`;
const AUDIT = `{ socialAuditTrail(first: 100) { totalCount edges { node { action entity subject entityId before after requestId } } } }`;

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
type AuditNode = { action: string; entity: string; subject: string; entityId: string; before: string | null; after: string | null; requestId: string };

function figure(overrides: Record<string, unknown> = {}) {
  return {
    label: "Foreign citizens with an NHS number allocated in 2022",
    value: 52000,
    unit: "NHS numbers",
    period: { start: "2022-01", end: "2022-12", label: "2022" },
    objective: 15,
    source: { document: "SNS activity report 2022", reference: "Table 4", quote: "52 thousand NHS numbers" },
    ...overrides,
  };
}

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

let subgraph: TestSubgraph;
let prisma: SocialPrisma;
beforeAll(async () => {
  subgraph = await startTestSubgraph(social);
  prisma = createSocialPrisma(subgraph.running.database);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await subgraph?.close();
});

async function auditOf(entityId: string): Promise<AuditNode[]> {
  const audit = await subgraph.execute<{ socialAuditTrail: { edges: { node: AuditNode }[] } }>(AUDIT, {}, WRITER);
  return audit.data!.socialAuditTrail.edges.map(({ node }) => node).filter((entry) => entry.entityId === entityId).reverse();
}

async function convention(code: string, caller: Caller | null = null): Promise<Convention | null> {
  return (await subgraph.execute<{ socialSecurityConvention: Convention | null }>(CONVENTION, { code }, caller)).data!.socialSecurityConvention;
}

describe("record, publish, correct", () => {
  it("corrects a seeded figure with the audit trail keeping the report's values", async () => {
    const id = "social.covid19_foreign_citizens_vaccinated";
    const input = figure({ label: "Foreign citizens vaccinated against COVID-19", value: 612000, unit: "people", objective: null, pandemicResponse: true });
    const corrected = await subgraph.execute(CORRECT, { id, input }, WRITER);
    expect(corrected.data).toEqual({ correctSocialProtectionFigure: { id, value: 612000, status: "DRAFT" } });
    const [entry] = await auditOf(id);
    expect(JSON.parse(entry!.before!)).toMatchObject({ value: 600000, sourceDocument: REPORT });
    expect(JSON.parse(entry!.after!)).toMatchObject({ value: 612000, sourceDocument: "SNS activity report 2022" });
  });

});

describe("who may write conventions", () => {
  it.each([
    ["anonymous", null, "UNAUTHENTICATED", /^Sign in: changing social data needs a token for the social department$/],
    ["another department", LABOUR, "FORBIDDEN", /only the social department may change social data/],
    ["a social token without the write scope", READER, "FORBIDDEN", /lacks the 'write' scope \(it has: publish\)/],
  ])("refuses %s, saying why, and writes nothing", async (_, caller, code, message) => {
    const audit = await prisma.auditEntry.count();
    const update = await subgraph.execute(UPDATE, { code: "BILATERAL_ALGERIA", status: "IN_FORCE" }, caller);
    const create = await subgraph.execute(CREATE, { input: conventionInput({ code: "BILATERAL_REFUSED" }) }, caller);
    for (const { errors } of [update, create]) {
      expect(errors![0]!.extensions).toMatchObject({ code });
      expect(errors![0]!.message).toMatch(message);
    }
    expect(await convention("BILATERAL_ALGERIA")).toMatchObject({ status: "UNDER_NEGOTIATION", countries: [{ country: { iso: "DZ" }, role: "NEGOTIATING_PARTY" }] });
    expect(await convention("BILATERAL_REFUSED")).toBeNull();
    expect(await prisma.auditEntry.count()).toBe(audit);
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

    const [entry, ...rest] = await auditOf("BILATERAL_ALGERIA");
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
    const input = conventionInput({
      code: "MEDITERRANEAN_MULTILATERAL",
      name: "Mediterranean multilateral social security convention",
      kind: "MULTILATERAL",
      countries: [
        { country: "ES", role: "NEGOTIATING_PARTY" },
        { country: "IT", role: "FORESEEN_PARTY" },
        { country: "PT", role: "NEGOTIATING_PARTY" },
      ],
      initiative: null,
    });
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
    const audit = await prisma.auditEntry.count();
    const { errors } = await subgraph.execute(UPDATE, variables, WRITER);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(errors![0]!.message).toMatch(reason);
    expect((await convention("IBERO_AMERICAN_MULTILATERAL"))!.status).toBe("IN_FORCE");
    expect(await prisma.auditEntry.count()).toBe(audit);
  });

  it("returns the first result for a retried key, and audits the change once", async () => {
    const variables = { code: "BILATERAL_ISRAEL", status: "NEGOTIATION_FORESEEN", key: "israel-foreseen-0001" };
    const first = await subgraph.execute<Updated>(UPDATE, variables, WRITER);
    const again = await subgraph.execute<Updated>(UPDATE, variables, WRITER);
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await auditOf("BILATERAL_ISRAEL")).toHaveLength(1);
  });

  it("of concurrent updates to the same status, exactly one applies, moves the roles once and is audited", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) => subgraph.execute<Updated>(UPDATE, { code: "BILATERAL_ISRAEL", status: "UNDER_NEGOTIATION", key: `israel-negotiating-${index}-key` }, WRITER)),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const { errors } of results.filter((result) => result.errors)) {
      expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "status" });
      expect(errors![0]!.message).toMatch(/already UNDER_NEGOTIATION|changed by another write meanwhile/);
    }
    expect(await convention("BILATERAL_ISRAEL")).toMatchObject({ status: "UNDER_NEGOTIATION", countries: [{ country: { iso: "IL" }, role: "NEGOTIATING_PARTY" }] });
    expect(await auditOf("BILATERAL_ISRAEL")).toHaveLength(2);
  });

  it("an update that fails midway leaves the status, the roles, the audit trail and the keys as they were", async () => {
    const count = async () => ({ audit: await prisma.auditEntry.count(), keys: await prisma.idempotencyKey.count() });
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

    const [entry, ...rest] = await auditOf("BILATERAL_MOROCCO");
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
    const { objective: _, ...withoutObjective } = conventionInput({
      code: "LUSOPHONE_MULTILATERAL",
      name: "Multilateral social security convention of the CPLP",
      kind: "MULTILATERAL",
      status: "IN_FORCE",
      countries: [
        { country: "PT", role: "COVERED" },
        { country: "CV", role: "COVERED" },
        { country: "AO", role: "NEGOTIATING_PARTY" },
      ],
      initiative: null,
    });
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
  ])("refuses %j, naming %s, and writes nothing", async (overrides, argument, reason) => {
    const before = { conventions: await prisma.socialSecurityConvention.count(), countries: await prisma.conventionCountry.count(), audit: await prisma.auditEntry.count() };
    const { errors } = await subgraph.execute(CREATE, { input: conventionInput({ code: "BILATERAL_TUNISIA", ...overrides }) }, WRITER);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(errors![0]!.message).toMatch(reason);
    expect({ conventions: await prisma.socialSecurityConvention.count(), countries: await prisma.conventionCountry.count(), audit: await prisma.auditEntry.count() }).toEqual(before);
  });

  it("returns the first result for a retried key, writes once, and refuses the key for another write", async () => {
    const key = "create-tunisia-0001";
    const input = conventionInput({ code: "BILATERAL_TUNISIA", countries: [{ country: "TN", role: "NEGOTIATING_PARTY" }], initiative: null });
    const first = await subgraph.execute<Created>(CREATE, { input, key }, WRITER);
    const again = await subgraph.execute<Created>(CREATE, { input, key }, WRITER);
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await prisma.socialSecurityConvention.count({ where: { code: "BILATERAL_TUNISIA" } })).toBe(1);
    expect(await auditOf("BILATERAL_TUNISIA")).toHaveLength(1);

    const reused = await subgraph.execute(UPDATE, { code: "BILATERAL_TUNISIA", status: "IN_FORCE", key }, WRITER);
    expect(reused.errors![0]!.extensions).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", argument: "idempotencyKey" });
    expect(reused.errors![0]!.message).toMatch(/^The idempotency key "[^"]+" was already used for a different request/);
  });

  it("60 concurrent creates, a third of them retries, lose nothing and duplicate nothing", async () => {
    const before = await prisma.socialSecurityConvention.count();
    const writes = Array.from({ length: 60 }, (_, index) => ({ code: `BILATERAL_BULK_${index % 40}`, key: `bulk-create-${index % 40}-key` }));
    const results = await Promise.all(writes.map(({ code, key }) => subgraph.execute<Created>(CREATE, { input: conventionInput({ code }), key }, WRITER)));
    expect(results.filter((result) => result.errors)).toEqual([]);
    expect((await prisma.socialSecurityConvention.count()) - before).toBe(40);
    expect(await prisma.conventionCountry.count({ where: { conventionCode: { startsWith: "BILATERAL_BULK_" } } })).toBe(40);
    expect(await prisma.auditEntry.count({ where: { action: "createConvention", entityId: { startsWith: "BILATERAL_BULK_" } } })).toBe(40);
  });

  it("of concurrent creates of one code, exactly one succeeds and the others name the code", async () => {
    const sameCode = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        subgraph.execute<Created>(CREATE, { input: conventionInput({ code: "BILATERAL_SENEGAL", countries: [{ country: "SN", role: "NEGOTIATING_PARTY" }] }), key: `senegal-${index}-key` }, WRITER),
      ),
    );
    expect(sameCode.filter((result) => !result.errors)).toHaveLength(1);
    for (const { errors } of sameCode.filter((result) => result.errors)) {
      expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.code" });
    }
    expect(await prisma.conventionCountry.count({ where: { conventionCode: "BILATERAL_SENEGAL" } })).toBe(1);
    expect(await auditOf("BILATERAL_SENEGAL")).toHaveLength(1);
  });

  it("a create that fails midway leaves no convention, no countries, no audit entry and no key", async () => {
    const count = async () => ({
      conventions: await prisma.socialSecurityConvention.count(),
      countries: await prisma.conventionCountry.count(),
      audit: await prisma.auditEntry.count(),
      keys: await prisma.idempotencyKey.count(),
    });
    const before = await count();
    await expect(
      auditedWrite<SocialTransaction, never>((work) => prisma.$transaction(work), {
        schema: "social",
        caller: WRITER,
        requestId: "midway",
        action: "createConvention",
        entity: "SocialSecurityConvention",
        idempotencyKey: "midway-create-key",
        perform: async (tx) => {
          await tx.socialSecurityConvention.create({
            data: {
              code: "BILATERAL_MIDWAY", name: "x", kind: "BILATERAL", status: "UNDER_NEGOTIATION", description: "x", objectiveNumber: 22,
              sourceDocument: "x", sourceRef: "x", sourceQuote: "x", countries: { create: [{ countryIso: "MA", role: "NEGOTIATING_PARTY" }] },
            },
          });
          throw new Error("the disk is full");
        },
      }),
    ).rejects.toThrow("the disk is full");
    expect(await count()).toEqual(before);
  });
});
