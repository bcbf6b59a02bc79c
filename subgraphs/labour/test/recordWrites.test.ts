// What the labour department's agreement writes add to the rules every department
// shares (those are in records.test.ts): the month an agreement was signed, one
// agreement an initiative, a new agreement served on every path, bad input refused by
// name, and seeded agreements keeping the report as their source.
import { describe, expect, it } from "vitest";
import { REPORT, type Caller } from "@gcm-hub/kit";
import { expectRefusedWrite, useTestSubgraph } from "@gcm-hub/kit/testing";
import { labour } from "../src/server.js";
import { agreementInput } from "./agreementInput.js";

const WRITER: Caller = { subgraph: "labour", scopes: ["write"], subject: "ana" };
const BORDER: Caller = { subgraph: "border", scopes: ["write", "publish"], subject: "eva" };

const AGREEMENT_FIELDS = `code name kind status beingOperationalised signedIn signingPlace community purpose description pillar
  countries { country { iso } role } objectives { number } initiative { code } source { document reference quote }`;
const UPDATE = `mutation($code: ID!, $status: LabourMobilityAgreementStatus!, $signedIn: String, $key: String) {
  updateLabourMobilityAgreementStatus(code: $code, status: $status, signedIn: $signedIn, idempotencyKey: $key) { code status signedIn beingOperationalised }
}`;
const CREATE = `mutation($input: LabourMobilityAgreementInput!, $key: String) {
  createLabourMobilityAgreement(input: $input, idempotencyKey: $key) { ${AGREEMENT_FIELDS} }
}`;
const AGREEMENT = `query($code: ID!) { labourMobilityAgreement(code: $code) { ${AGREEMENT_FIELDS} } }`;

type Updated = { updateLabourMobilityAgreementStatus: { code: string; status: string; signedIn: string | null; beingOperationalised: boolean } };
type Agreement = {
  code: string;
  status: string;
  signedIn: string | null;
  countries: { country: { iso: string }; role: string }[];
  objectives: { number: number }[];
  initiative: { code: string } | null;
  source: { document: string; reference: string; quote: string };
};
type Created = { createLabourMobilityAgreement: Agreement };

const subgraph = useTestSubgraph(labour);
async function agreement(code: string, caller: Caller | null = null): Promise<Agreement | null> {
  return (await subgraph.execute<{ labourMobilityAgreement: Agreement | null }>(AGREEMENT, { code }, caller)).data!.labourMobilityAgreement;
}

describe("updateLabourMobilityAgreementStatus", () => {
  it("concludes an agreement under negotiation, with the month given, for everyone to see, and audits it", async () => {
    const { data } = await subgraph.execute<Updated>(UPDATE, { code: "LMA_MOLDOVA", status: "CONCLUDED", signedIn: "2022-05" }, WRITER);
    expect(data!.updateLabourMobilityAgreementStatus).toEqual({ code: "LMA_MOLDOVA", status: "CONCLUDED", signedIn: "2022-05", beingOperationalised: false });
    expect(await agreement("LMA_MOLDOVA")).toMatchObject({ status: "CONCLUDED", signedIn: "2022-05", source: { document: REPORT } });

    const moldova = await subgraph.execute<{ _entities: { labourMobilityAgreements: { code: string }[] }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { labourMobilityAgreements(status: CONCLUDED) { code } } } }`,
      { r: [{ __typename: "Country", iso: "MD" }] },
    );
    expect(moldova.data!._entities[0]!.labourMobilityAgreements).toEqual([{ code: "LMA_MOLDOVA" }]);

    const [entry, ...rest] = await subgraph.auditOf("LMA_MOLDOVA");
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ action: "updateAgreementStatus", entity: "LabourMobilityAgreement", subject: "ana" });
    expect(JSON.parse(entry!.before!)).toMatchObject({ status: "UNDER_NEGOTIATION", signedIn: null });
    expect(JSON.parse(entry!.after!)).toMatchObject({ status: "CONCLUDED", signedIn: "2022-05" });
  });

  it("keeps the recorded month when none is given, and clears it going back to UNDER_NEGOTIATION", async () => {
    const signed = await subgraph.execute<Updated>(UPDATE, { code: "LMA_INDIA", status: "SIGNED" }, WRITER);
    expect(signed.data!.updateLabourMobilityAgreementStatus).toEqual({ code: "LMA_INDIA", status: "SIGNED", signedIn: "2021-09", beingOperationalised: true });

    const reopened = await subgraph.execute<Updated>(UPDATE, { code: "LMA_MOROCCO", status: "UNDER_NEGOTIATION" }, WRITER);
    expect(reopened.data!.updateLabourMobilityAgreementStatus).toEqual({ code: "LMA_MOROCCO", status: "UNDER_NEGOTIATION", signedIn: null, beingOperationalised: false });
    const [entry] = await subgraph.auditOf("LMA_MOROCCO");
    expect(JSON.parse(entry!.before!)).toMatchObject({ status: "CONCLUDED", signedIn: "2022-01", beingOperationalised: true });
  });

  it.each([
    [{ code: "LMA_ATLANTIS", status: "CONCLUDED" }, "code", /no labour mobility agreement has code "LMA_ATLANTIS"/],
    [{ code: "LMA_NEPAL", status: "UNDER_NEGOTIATION" }, "status", /already UNDER_NEGOTIATION/],
    [{ code: "LMA_NEPAL", status: "UNDER_NEGOTIATION", signedIn: "2022-01" }, "signedIn", /must be omitted while the agreement is under negotiation/],
    [{ code: "LMA_NEPAL", status: "CONCLUDED", signedIn: "2022-13" }, "signedIn", /must be a month as YYYY-MM/],
    [{ code: "LMA_NEPAL", status: "CONCLUDED", signedIn: "2022" }, "signedIn", /must be a month as YYYY-MM/],
    [{ code: "LMA_NEPAL", status: "CONCLUDED", signedIn: "2999-01" }, "signedIn", /must not be in the future/],
    [{ code: "LMA_NEPAL", status: "CONCLUDED", key: "short" }, "idempotencyKey", /8 to 128/],
  ])("refuses %j, naming %s, and writes nothing", async (variables, argument, reason) => {
    await expectRefusedWrite(subgraph, { query: UPDATE, variables, caller: WRITER }, { argument, reason });
    expect((await agreement("LMA_NEPAL"))!.status).toBe("UNDER_NEGOTIATION");
  });
});

describe("createLabourMobilityAgreement", () => {
  it("adds an agreement with its countries, objectives, initiative and source, visible to everyone, and audits it", async () => {
    const { data, errors } = await subgraph.execute<Created>(CREATE, { input: agreementInput() }, WRITER);
    expect(errors).toBeUndefined();
    const expected = {
      code: "LMA_CAPE_VERDE",
      name: "Labour mobility agreement with Cape Verde",
      kind: "BILATERAL",
      status: "CONCLUDED",
      beingOperationalised: false,
      signedIn: "2022-07",
      signingPlace: null,
      community: null,
      purpose: "To ease regular labour migration between Portugal and Cape Verde.",
      description: "Labour mobility agreement between Portugal and Cape Verde, concluded in July 2022.",
      pillar: 5,
      countries: [{ country: { iso: "CV" }, role: "PARTNER_COUNTRY" }],
      objectives: [{ number: 2 }, { number: 5 }],
      initiative: { code: "LMA_CAPE_VERDE" },
      source: { document: "IEFP activity report 2022", reference: "Chapter 3", quote: "an agreement was concluded with Cape Verde in July 2022" },
    };
    expect(data!.createLabourMobilityAgreement).toEqual(expected);
    expect(await agreement("LMA_CAPE_VERDE", null)).toEqual(expected);
    expect(await agreement("LMA_CAPE_VERDE", BORDER)).toEqual(expected);

    const list = await subgraph.execute<{ labourMobilityAgreements: { edges: { node: { code: string } }[] } }>(
      `{ labourMobilityAgreements(filter: { country: "cv", objective: 2 }) { edges { node { code } } } }`,
    );
    expect(list.data!.labourMobilityAgreements.edges).toEqual([{ node: { code: "LMA_CAPE_VERDE" } }]);
    const entities = await subgraph.execute<{ _entities: ({ labourMobilityAgreement?: { code: string } | null; labourMobilityAgreements?: { code: string }[] })[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Initiative { labourMobilityAgreement { code } }
        ... on Objective { labourMobilityAgreements(status: CONCLUDED) { code } }
      } }`,
      { r: [{ __typename: "Initiative", code: "LMA_CAPE_VERDE" }, { __typename: "Objective", number: 2 }] },
    );
    expect(entities.data!._entities).toEqual([{ labourMobilityAgreement: { code: "LMA_CAPE_VERDE" } }, { labourMobilityAgreements: [{ code: "LMA_CAPE_VERDE" }] }]);

    const [entry, ...rest] = await subgraph.auditOf("LMA_CAPE_VERDE");
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ action: "createAgreement", entity: "LabourMobilityAgreement", subject: "ana", before: null });
    expect(JSON.parse(entry!.after!)).toMatchObject({
      code: "LMA_CAPE_VERDE",
      sourceDocument: "IEFP activity report 2022",
      countries: [{ countryIso: "CV", role: "PARTNER_COUNTRY" }],
      objectives: [2, 5],
    });
  });

  it("adds a multilateral agreement with a community and a host country, under negotiation", async () => {
    const input = agreementInput({
      code: "EU_TALENT_PARTNERSHIP",
      name: "Talent partnership",
      kind: "MULTILATERAL",
      status: "UNDER_NEGOTIATION",
      signedIn: null,
      community: "European Union",
      countries: [{ country: "BE", role: "HOST_COUNTRY" }],
      objectives: [],
      initiative: null,
    });
    const { data } = await subgraph.execute<Created>(CREATE, { input }, WRITER);
    expect(data!.createLabourMobilityAgreement).toMatchObject({
      status: "UNDER_NEGOTIATION",
      signedIn: null,
      countries: [{ country: { iso: "BE" }, role: "HOST_COUNTRY" }],
      objectives: [],
      initiative: null,
    });
  });

  it("leaves the seeded agreements' report provenance untouched", async () => {
    expect((await agreement("CPLP_MOBILITY_AGREEMENT"))!.source).toMatchObject({ document: REPORT, reference: "Section I, pillar I" });
  });

  it.each([
    [{ code: "lma cape verde" }, "input.code", /upper-case letters, digits and '_'/],
    [{ code: "LMA_INDIA", initiative: null }, "input.code", /code "LMA_INDIA" already exists/],
    [{ name: "   " }, "input.name", /must not be empty/],
    [{ status: "UNDER_NEGOTIATION", beingOperationalised: true, signedIn: null }, "input.beingOperationalised", /only a concluded or signed agreement/],
    [{ status: "UNDER_NEGOTIATION" }, "input.signedIn", /must be omitted while the agreement is under negotiation/],
    [{ signedIn: "2022-7" }, "input.signedIn", /must be a month as YYYY-MM/],
    [{ signedIn: "2999-12" }, "input.signedIn", /must not be in the future/],
    [{ kind: "MULTILATERAL", countries: [] }, "input.community", /names the community/],
    [{ community: "CPLP" }, "input.community", /only a multilateral agreement has a community/],
    [{ description: "" }, "input.description", /must not be empty/],
    [{ pillar: 6 }, "input.pillar", /pillar from 1 to 5/],
    [{ countries: [{ country: "C1", role: "PARTNER_COUNTRY" }] }, "input.countries[0].country", /ISO 3166-1 alpha-2 country code \(two letters\)/],
    [{ countries: [{ country: "XX", role: "PARTNER_COUNTRY" }] }, "input.countries[0].country", /not an assigned ISO 3166-1 alpha-2/],
    [{ countries: [{ country: "pt", role: "PARTNER_COUNTRY" }] }, "input.countries[0].country", /Portugal is a party to every/],
    [{ countries: [{ country: "CV", role: "PARTNER_COUNTRY" }, { country: "cv", role: "HOST_COUNTRY" }] }, "input.countries[1].country", /repeats country CV/],
    [{ countries: [] }, "input.countries", /exactly one partner country/],
    [{ countries: [{ country: "CV", role: "PARTNER_COUNTRY" }, { country: "SN", role: "PARTNER_COUNTRY" }] }, "input.countries", /exactly one partner country.*got 2/],
    [{ countries: [{ country: "CV", role: "PARTNER_COUNTRY" }, { country: "SN", role: "HOST_COUNTRY" }, { country: "GM", role: "HOST_COUNTRY" }] }, "input.countries", /2 host countries/],
    [{ kind: "MULTILATERAL", community: "ECOWAS" }, "input.countries[0].role", /multilateral agreement has no partner country/],
    [{ objectives: [24] }, "input.objectives[0]", /objective number from 1 to 23/],
    [{ objectives: [5, 2, 5] }, "input.objectives[2]", /repeats objective 5/],
    [{ initiative: "lma-cape-verde" }, "input.initiative", /upper-case letters/],
    [{ initiative: "LMA_INDIA" }, "input.initiative", /initiative "LMA_INDIA" already has an agreement \(LMA_INDIA\)/],
    [{ source: { document: "IEFP", reference: "p. 3", quote: " " } }, "input.source.quote", /must not be empty/],
  ])("refuses %j, naming %s, and writes nothing", (overrides, argument, reason) =>
    expectRefusedWrite(subgraph, { query: CREATE, variables: { input: agreementInput({ code: "LMA_SENEGAL", initiative: null, ...overrides }) }, caller: WRITER }, { argument, reason }, ["labour_mobility_agreement"]),
  );

  it("of concurrent creates for one initiative, exactly one succeeds and the others name the initiative", async () => {
    const sameInitiative = await Promise.all(
      Array.from({ length: 8 }, (_, index) => subgraph.execute<Created>(CREATE, { input: agreementInput({ code: `LMA_GHANA_${index}`, initiative: "LMA_GHANA" }) }, WRITER)),
    );
    expect(sameInitiative.filter((result) => !result.errors)).toHaveLength(1);
    for (const { errors } of sameInitiative.filter((result) => result.errors)) {
      expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.initiative" });
    }
    expect(await subgraph.count("audit_entry", "action = 'createAgreement' AND entity_id LIKE 'LMA_GHANA_%'")).toBe(1);
  });
});
