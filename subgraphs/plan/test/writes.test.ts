// What the plan department's writes add to the rules every department shares (those
// are in records.test.ts): input checked field by field against the catalogue, a new
// initiative and a status change seen at once on every path of the catalogue, and the
// whole record in the audit trail.
import { describe, expect, it } from "vitest";
import { REPORT, type Caller } from "@gcm-hub/kit";
import { expectRefusedWrite, useTestSubgraph } from "@gcm-hub/kit/testing";
import { plan } from "../src/server.js";

const WRITER: Caller = { subgraph: "plan", scopes: ["write"], subject: "marta" };
const COORDINATOR: Caller = { subgraph: "plan", scopes: ["write", "publish"], subject: "joao" };

const INITIATIVE_FIELDS = `code name description status startYear objectives { number } participants { department { code } role } countries { country { iso } role } source { document reference quote }`;
const CREATE = `mutation($input: InitiativeInput!, $key: String) { createInitiative(input: $input, idempotencyKey: $key) { ${INITIATIVE_FIELDS} } }`;
const UPDATE = `mutation($code: ID!, $status: InitiativeStatus!, $key: String) { updateInitiativeStatus(code: $code, status: $status, idempotencyKey: $key) { code status } }`;

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

const subgraph = useTestSubgraph(plan);
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
  ])("refuses %j, naming %s, and writes nothing", (overrides, argument, reason) =>
    expectRefusedWrite(subgraph, { query: CREATE, variables: { input: initiative(overrides) }, caller: WRITER }, { argument, reason }, ["initiative"]),
  );

  it("says who is missing before it says what is wrong with the input", async () => {
    const { errors } = await subgraph.execute(CREATE, { input: initiative({ code: "not a code" }) });
    expect(errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses a malformed idempotency key", async () => {
    const { errors } = await subgraph.execute(CREATE, { input: initiative(), key: "short" }, WRITER);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "idempotencyKey" });
  });

  it("wrote nothing and audited nothing for any refused request", async () => {
    expect(await subgraph.count("initiative", "code = 'LMA_BANGLADESH'")).toBe(0);
    expect(await subgraph.count("audit_entry")).toBe(0);
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
    const [entry, ...rest] = await subgraph.auditOf("LMA_BANGLADESH");
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
    const original = (await subgraph.execute<{ initiative: { status: string } }>(`{ initiative(code: "MYSEF") { status } }`)).data!.initiative.status;
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

    const steps = await subgraph.auditOf("MYSEF");
    expect(steps.map((entry) => [entry.action, entry.subject, entry.entity])).toEqual([
      ["updateInitiativeStatus", "marta", "Initiative"],
      ["updateInitiativeStatus", "joao", "Initiative"],
    ]);
    expect([JSON.parse(steps[0]!.before!).status, JSON.parse(steps[0]!.after!).status]).toEqual([original, next]);
    expect([JSON.parse(steps[1]!.before!).status, JSON.parse(steps[1]!.after!).status]).toEqual([next, original]);
    expect(JSON.parse(steps[0]!.before!)).toMatchObject({ code: "MYSEF", sourceDocument: REPORT });
  });
});
