// What the diaspora department's writes add to the rules every department shares (those
// are in records.test.ts and figures.test.ts): a new cooperation agreement keeps its
// partners, objectives and provenance, is served on every path, and bad input is
// refused by name.
import { describe, expect, it } from "vitest";
import type { Caller } from "@gcm-hub/kit";
import { expectRefusedWrite, useTestSubgraph } from "@gcm-hub/kit/testing";
import { diaspora } from "../src/server.js";

const WRITER: Caller = { subgraph: "diaspora", scopes: ["write"], subject: "ana" };

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

const subgraph = useTestSubgraph(diaspora);
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

    const [entry] = await subgraph.auditOf("TRIANGULAR_COOPERATION_MEMORANDUM_PARAGUAY");
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
    [{ objectives: [2, 2] }, "input.objectives[1]", /repeats objective 2/],
    [{ initiative: "not a code" }, "input.initiative", /upper-case letters/],
    [{ source: { document: "x", reference: "", quote: "x" } }, "input.source.reference", /must not be empty/],
  ])("refuses %j, naming %s, and writes nothing", (overrides, argument, reason) =>
    expectRefusedWrite(subgraph, { query: CREATE_AGREEMENT, variables: { input: agreement({ code: "REFUSED_AGREEMENT", ...overrides }) }, caller: WRITER }, { argument, reason }, ["cooperation_agreement", "cooperation_agreement_country"]),
  );
});
