// What the border department's writes add to the rules every department shares (those
// are in records.test.ts and figures.test.ts): a new protocol keeps every field, party
// and link it was given, is served on every path, and bad input is refused by name.
import { describe, expect, it } from "vitest";
import { REPORT, type Caller } from "@gcm-hub/kit";
import { expectRefusedWrite, useTestSubgraph } from "@gcm-hub/kit/testing";
import { border } from "../src/server.js";

const WRITER: Caller = { subgraph: "border", scopes: ["write"], subject: "ana" };

const FIGURE = `query($id: ID!) { borderFigure(id: $id) { id status } }`;
const PROTOCOL_FIELDS = `code name signedOn signedYear purposes beneficiaries status
  parties { name department { code } country { iso } } objectives { number } initiative { code } source { document reference quote }`;
const CREATE = `mutation($input: BorderProtocolInput!, $key: String) { createBorderProtocol(input: $input, idempotencyKey: $key) { ${PROTOCOL_FIELDS} } }`;
const PROTOCOL = `query($code: ID!) { borderProtocol(code: $code) { ${PROTOCOL_FIELDS} } }`;

function protocol(overrides: Record<string, unknown> = {}) {
  return {
    code: "OTSH_MOZAMBIQUE_PROTOCOL",
    name: "Cooperation Protocol between the OTSH and Mozambique's trafficking observatory",
    description: "Protocol for the exchange of data on trafficking in persons.",
    signedOn: "2022-03",
    purposes: ["Exchange of data and information", "  Joint training  "],
    parties: [
      { name: "Portuguese Observatory on Human Trafficking (OTSH)", department: "OTSH" },
      { name: "Mozambique's trafficking observatory", country: "mz" },
    ],
    objectives: [10, 9],
    initiative: "OTSH_MOZAMBIQUE_PROTOCOL",
    source: { document: "OTSH activity report 2022", reference: "Chapter 4", quote: "a protocol was signed with Mozambique" },
    ...overrides,
  };
}

const subgraph = useTestSubgraph(border);
type Created = { createBorderProtocol: { code: string } & Record<string, unknown> };

describe("record, publish, correct", () => {
  it("leaves the report's figures published, with the report as their source", async () => {
    const seeded = await subgraph.execute<{ borderFigure: { status: string } | null }>(FIGURE, { id: "border.mysef_residence_permits_renewed" });
    expect(seeded.data!.borderFigure).toEqual({ id: "border.mysef_residence_permits_renewed", status: "PUBLISHED" });
    expect(await subgraph.count("observation", "code LIKE 'border.figure_%' AND source_document = $1", [REPORT])).toBe(0);
  });
});

describe("createBorderProtocol", () => {
  it("adds a protocol with its signatories, objectives and source, visible to everyone on every path, and audits it", async () => {
    const created = await subgraph.execute<Created>(CREATE, { input: protocol() }, WRITER);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createBorderProtocol).toEqual({
      code: "OTSH_MOZAMBIQUE_PROTOCOL",
      name: "Cooperation Protocol between the OTSH and Mozambique's trafficking observatory",
      signedOn: "2022-03",
      signedYear: 2022,
      purposes: ["Exchange of data and information", "Joint training"],
      beneficiaries: null,
      status: "SIGNED",
      parties: [
        { name: "Portuguese Observatory on Human Trafficking (OTSH)", department: { code: "OTSH" }, country: null },
        { name: "Mozambique's trafficking observatory", department: null, country: { iso: "MZ" } },
      ],
      objectives: [{ number: 9 }, { number: 10 }],
      initiative: { code: "OTSH_MOZAMBIQUE_PROTOCOL" },
      source: { document: "OTSH activity report 2022", reference: "Chapter 4", quote: "a protocol was signed with Mozambique" },
    });

    const read = await subgraph.execute<{ borderProtocol: unknown }>(PROTOCOL, { code: "OTSH_MOZAMBIQUE_PROTOCOL" });
    expect(read.data!.borderProtocol).toEqual(created.data!.createBorderProtocol);

    const linked = await subgraph.execute<{ _entities: unknown[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Country { borderCooperation { role cooperation { ... on BorderProtocol { code } } } }
        ... on Department { borderProtocols { code } }
        ... on Objective { borderProtocols { code } }
        ... on Initiative { borderProtocols { code } } } }`,
      { representations: [{ __typename: "Country", iso: "MZ" }, { __typename: "Department", code: "OTSH" }, { __typename: "Objective", number: 9 }, { __typename: "Initiative", code: "OTSH_MOZAMBIQUE_PROTOCOL" }] },
    );
    expect(linked.data!._entities).toEqual([
      { borderCooperation: [{ role: "SIGNATORY", cooperation: { code: "OTSH_MOZAMBIQUE_PROTOCOL" } }] },
      { borderProtocols: [{ code: "OTSH_CABO_VERDE_PROTOCOL" }, { code: "OTSH_MOZAMBIQUE_PROTOCOL" }] },
      { borderProtocols: [{ code: "OTSH_MOZAMBIQUE_PROTOCOL" }] },
      { borderProtocols: [{ code: "OTSH_MOZAMBIQUE_PROTOCOL" }] },
    ]);

    const [step, ...more] = await subgraph.auditOf("OTSH_MOZAMBIQUE_PROTOCOL");
    expect(more).toEqual([]);
    expect(step).toMatchObject({ action: "createProtocol", entity: "BorderProtocol", subject: "ana", before: null });
    expect(JSON.parse(step!.after!)).toMatchObject({
      code: "OTSH_MOZAMBIQUE_PROTOCOL",
      signedYear: 2022,
      signedMonth: 3,
      objectiveNumbers: [9, 10],
      sourceDocument: "OTSH activity report 2022",
      parties: [
        { position: 0, departmentCode: "OTSH", countryIso: null },
        { position: 1, departmentCode: null, countryIso: "MZ" },
      ],
    });
  });

  it("leaves the report's protocols with the report as their source", async () => {
    const { data } = await subgraph.execute<{ borderProtocol: { source: { document: string } } }>(`{ borderProtocol(code: "AIRPORT_LEGAL_AID_PROTOCOL") { source { document } } }`);
    expect(data!.borderProtocol.source.document).toBe(REPORT);
  });

  it.each([
    [{ code: "AIRPORT_LEGAL_AID_PROTOCOL" }, "input.code", /a border protocol with code "AIRPORT_LEGAL_AID_PROTOCOL" already exists/],
    [{ code: "otsh_protocol" }, "input.code", /upper-case letters, digits and '_'/],
    [{ name: " " }, "input.name", /must not be empty/],
    [{ description: "" }, "input.description", /must not be empty/],
    [{ signedOn: "2022-13" }, "input.signedOn", /YYYY or YYYY-MM/],
    [{ signedOn: "2999" }, "input.signedOn", /must not be in the future/],
    [{ purposes: [] }, "input.purposes", /at least one purpose/],
    [{ purposes: ["Exchange", ""] }, "input.purposes[1]", /must not be empty/],
    [{ beneficiaries: "  " }, "input.beneficiaries", /must not be empty/],
    [{ parties: [] }, "input.parties", /at least one signatory/],
    [{ parties: [{ name: "", department: "OTSH" }] }, "input.parties[0].name", /must not be empty/],
    [{ parties: [{ name: "OTSH", department: "otsh" }] }, "input.parties[0].department", /upper-case letters/],
    [{ parties: [{ name: "OTSH", department: "OTSH" }, { name: "OTSH again", department: "OTSH" }] }, "input.parties[1].department", /names OTSH a second time/],
    [{ parties: [{ name: "Observatory", country: "MOZ" }] }, "input.parties[0].country", /ISO 3166-1 alpha-2 country code \(two letters\)/],
    [{ parties: [{ name: "Observatory", country: "XX" }] }, "input.parties[0].country", /not an assigned ISO 3166-1 alpha-2 country code/],
    [{ parties: [{ name: "OTSH", country: "PT" }] }, "input.parties[0].country", /signs by its department code/],
    [{ parties: [{ name: "OTSH", department: "OTSH", country: "MZ" }] }, "input.parties[0].country", /not both/],
    [{ objectives: [] }, "input.objectives", /at least one objective/],
    [{ objectives: [10, 24] }, "input.objectives[1]", /objective number from 1 to 23, got 24/],
    [{ objectives: [10, 10] }, "input.objectives[1]", /repeats objective 10/],
    [{ initiative: "otsh-mozambique" }, "input.initiative", /upper-case letters/],
    [{ source: { document: "OTSH activity report 2022", reference: "", quote: "x" } }, "input.source.reference", /must not be empty/],
  ])("refuses %j, naming %s, and writes nothing", (overrides, argument, reason) =>
    expectRefusedWrite(subgraph, { query: CREATE, variables: { input: protocol({ code: "OTSH_REFUSED_PROTOCOL", ...overrides }) }, caller: WRITER }, { argument, reason }, ["border_protocol", "border_protocol_party"]),
  );
});
