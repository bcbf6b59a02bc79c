// The border department (SEF) records, publishes and corrects its figures, moves its
// cooperation projects and protocols on and adds new protocols: only it may, with the
// right scope; drafts are its own until published; every write is audited in its
// transaction; retries and concurrency never duplicate or lose a write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditedWrite, REPORT, type Caller } from "@gcm-hub/kit";
import { startTestSubgraph, type TestSubgraph } from "@gcm-hub/kit/testing";
import { border } from "../src/server.js";
import { createBorderPrisma, type BorderPrisma, type BorderTransaction } from "../src/prisma.js";

const WRITER: Caller = { subgraph: "border", scopes: ["write"], subject: "ana" };
const PUBLISHER: Caller = { subgraph: "border", scopes: ["write", "publish"], subject: "rui" };
const READER: Caller = { subgraph: "border", scopes: ["publish"], subject: "leo" };
const LABOUR: Caller = { subgraph: "labour", scopes: ["write", "publish"], subject: "eva" };

const FIGURE = `query($id: ID!) { borderFigure(id: $id) { id status } }`;
const AUDIT = `{ borderAuditTrail(first: 100) { totalCount edges { node { action entity subject entityId before after requestId } } } }`;
const PROJECT_STATUS = `mutation($code: ID!, $status: BorderCooperationStatus!, $key: String) { updateBorderProjectStatus(code: $code, status: $status, idempotencyKey: $key) { code status } }`;
const PROTOCOL_STATUS = `mutation($code: ID!, $status: BorderCooperationStatus!, $key: String) { updateBorderProtocolStatus(code: $code, status: $status, idempotencyKey: $key) { code status } }`;
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

let subgraph: TestSubgraph;
let prisma: BorderPrisma;
beforeAll(async () => {
  subgraph = await startTestSubgraph(border);
  prisma = createBorderPrisma(subgraph.running.database);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await subgraph?.close();
});

type AuditNode = { action: string; entity: string; subject: string; entityId: string; before: string | null; after: string | null };
type Created = { createBorderProtocol: { code: string } & Record<string, unknown> };

async function auditOf(entityId: string): Promise<AuditNode[]> {
  const audit = await subgraph.execute<{ borderAuditTrail: { edges: { node: AuditNode }[] } }>(AUDIT, {}, WRITER);
  return audit.data!.borderAuditTrail.edges.map(({ node }) => node).filter((entry) => entry.entityId === entityId).reverse();
}

describe("who may write", () => {
  it.each([
    ["updateBorderProjectStatus", PROJECT_STATUS, { code: "RIMM", status: "SIGNED" }, "RIMM"],
    ["updateBorderProtocolStatus", PROTOCOL_STATUS, { code: "OTSH_CABO_VERDE_PROTOCOL", status: "ACTIVE" }, "OTSH_CABO_VERDE_PROTOCOL"],
    ["createBorderProtocol", CREATE, { input: protocol() }, "OTSH_MOZAMBIQUE_PROTOCOL"],
  ])("refuses %s to an anonymous caller, another department and a token without the write scope", async (_, mutation, variables, entityId) => {
    expect((await subgraph.execute(mutation, variables)).errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await subgraph.execute(mutation, variables, LABOUR)).errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
    const publishOnly = await subgraph.execute(mutation, variables, READER);
    expect(publishOnly.errors![0]).toMatchObject({ message: "The token lacks the 'write' scope (it has: publish)", extensions: { code: "FORBIDDEN" } });
    expect(await prisma.auditEntry.count({ where: { entityId } })).toBe(0);
  });
});

describe("record, publish, correct", () => {
  it("leaves the report's figures published, with the report as their source", async () => {
    const seeded = await subgraph.execute<{ borderFigure: { status: string } | null }>(FIGURE, { id: "border.mysef_residence_permits_renewed" });
    expect(seeded.data!.borderFigure).toEqual({ id: "border.mysef_residence_permits_renewed", status: "PUBLISHED" });
    expect(await prisma.observation.count({ where: { code: { startsWith: "border.figure_" }, sourceDocument: REPORT } })).toBe(0);
  });

});

describe("project and protocol status", () => {
  it("moves a protocol on, shows it to everyone, and audits the previous status", async () => {
    const updated = await subgraph.execute(PROTOCOL_STATUS, { code: "OTSH_CABO_VERDE_PROTOCOL", status: "ACTIVE" }, WRITER);
    expect(updated).toEqual({ data: { updateBorderProtocolStatus: { code: "OTSH_CABO_VERDE_PROTOCOL", status: "ACTIVE" } } });
    const read = await subgraph.execute(`{ borderProtocol(code: "OTSH_CABO_VERDE_PROTOCOL") { status } }`);
    expect(read.data).toEqual({ borderProtocol: { status: "ACTIVE" } });

    const [step, ...more] = await auditOf("OTSH_CABO_VERDE_PROTOCOL");
    expect(more).toEqual([]);
    expect(step).toMatchObject({ action: "updateProtocolStatus", entity: "BorderProtocol", subject: "ana" });
    expect(JSON.parse(step!.before!)).toMatchObject({ code: "OTSH_CABO_VERDE_PROTOCOL", status: "SIGNED" });
    expect(JSON.parse(step!.after!)).toMatchObject({ code: "OTSH_CABO_VERDE_PROTOCOL", status: "ACTIVE" });
  });

  it("moves a project on and back, auditing both steps", async () => {
    const signed = await subgraph.execute(PROJECT_STATUS, { code: "EUROPOL_JOINT_INITIATIVES", status: "SIGNED" }, WRITER);
    expect(signed.data).toEqual({ updateBorderProjectStatus: { code: "EUROPOL_JOINT_INITIATIVES", status: "SIGNED" } });
    const filtered = await subgraph.execute<{ borderProjects: { edges: { node: { code: string } }[] } }>(`{ borderProjects(filter: { status: SIGNED }) { edges { node { code } } } }`);
    expect(filtered.data!.borderProjects.edges.map(({ node }) => node.code)).toEqual(["EUROPOL_JOINT_INITIATIVES"]);
    await subgraph.execute(PROJECT_STATUS, { code: "EUROPOL_JOINT_INITIATIVES", status: "ACTIVE" }, PUBLISHER);

    const steps = await auditOf("EUROPOL_JOINT_INITIATIVES");
    expect(steps.map((entry) => [entry.action, entry.entity, entry.subject, JSON.parse(entry.before!).status, JSON.parse(entry.after!).status])).toEqual([
      ["updateProjectStatus", "BorderProject", "ana", "ACTIVE", "SIGNED"],
      ["updateProjectStatus", "BorderProject", "rui", "SIGNED", "ACTIVE"],
    ]);
  });

  it.each([
    [PROJECT_STATUS, { code: "NO_SUCH_PROJECT", status: "ACTIVE" }, "code", 'no border project has code "NO_SUCH_PROJECT"'],
    [PROTOCOL_STATUS, { code: "NO_SUCH_PROTOCOL", status: "ACTIVE" }, "code", 'no border protocol has code "NO_SUCH_PROTOCOL"'],
    [PROJECT_STATUS, { code: "RIMM", status: "ACTIVE" }, "status", 'border project "RIMM" is already ACTIVE'],
    [PROTOCOL_STATUS, { code: "AIRPORT_LEGAL_AID_PROTOCOL", status: "ACTIVE" }, "status", 'border protocol "AIRPORT_LEGAL_AID_PROTOCOL" is already ACTIVE'],
  ])("refuses case %#, naming the argument and saying why", async (mutation, variables, argument, reason) => {
    const { errors } = await subgraph.execute(mutation, variables, WRITER);
    expect(errors![0]).toMatchObject({ message: `Invalid argument "${argument}": ${reason}`, extensions: { code: "BAD_USER_INPUT", argument } });
    expect(await prisma.auditEntry.count({ where: { entityId: variables.code } })).toBe(0);
  });

  it("refuses an unknown status value before any write", async () => {
    const { errors } = await subgraph.execute(PROJECT_STATUS, { code: "RIMM", status: "FINISHED" }, WRITER);
    expect(errors![0]!.message).toMatch(/BorderCooperationStatus/);
  });

  it("10 concurrent updates to the same status make one transition and one audit entry", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => subgraph.execute(PROJECT_STATUS, { code: "RIMM", status: "SIGNED" }, WRITER)));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const { errors } of results.filter((result) => result.errors)) {
      expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "status" });
      expect(errors![0]!.message).toMatch(/is already SIGNED|was changed by another write meanwhile/);
    }
    expect(await prisma.auditEntry.count({ where: { entityId: "RIMM" } })).toBe(1);
  });

  it("returns the first result for a retried key and writes once", async () => {
    const variables = { code: "AIRPORT_LEGAL_AID_PROTOCOL", status: "SIGNED", key: "protocol-status-retry-1" };
    const first = await subgraph.execute(PROTOCOL_STATUS, variables, WRITER);
    const again = await subgraph.execute(PROTOCOL_STATUS, variables, WRITER);
    expect(again).toEqual(first);
    expect(first.data).toEqual({ updateBorderProtocolStatus: { code: "AIRPORT_LEGAL_AID_PROTOCOL", status: "SIGNED" } });
    expect(await prisma.auditEntry.count({ where: { entityId: "AIRPORT_LEGAL_AID_PROTOCOL" } })).toBe(1);
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

    const [step, ...more] = await auditOf("OTSH_MOZAMBIQUE_PROTOCOL");
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
    [{ objectives: [10, 10] }, "input.objectives", /names objective 10 more than once/],
    [{ initiative: "otsh-mozambique" }, "input.initiative", /upper-case letters/],
    [{ source: { document: "OTSH activity report 2022", reference: "", quote: "x" } }, "input.source.reference", /must not be empty/],
  ])("refuses %j, naming %s", async (overrides, argument, reason) => {
    const audit = await prisma.auditEntry.count();
    const { errors } = await subgraph.execute(CREATE, { input: protocol({ code: "OTSH_REFUSED_PROTOCOL", ...overrides }) }, WRITER);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(errors![0]!.message).toMatch(reason);
    expect(await prisma.borderProtocol.count({ where: { code: "OTSH_REFUSED_PROTOCOL" } })).toBe(0);
    expect(await prisma.auditEntry.count()).toBe(audit);
  });

  it("returns the first result for a retried key and writes once; a key refused with its write can be used again", async () => {
    const input = protocol({ code: "RETRIED_PROTOCOL", initiative: null });
    const refused = await subgraph.execute(CREATE, { input: { ...input, code: "AIRPORT_LEGAL_AID_PROTOCOL" }, key: "create-retry-0001" }, WRITER);
    expect(refused.errors![0]!.extensions).toMatchObject({ argument: "input.code" });

    const first = await subgraph.execute<Created>(CREATE, { input, key: "create-retry-0001" }, WRITER);
    const again = await subgraph.execute<Created>(CREATE, { input, key: "create-retry-0001" }, WRITER);
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await prisma.borderProtocol.count({ where: { code: "RETRIED_PROTOCOL" } })).toBe(1);
    expect(await prisma.borderProtocolParty.count({ where: { protocolCode: "RETRIED_PROTOCOL" } })).toBe(2);
    expect(await prisma.auditEntry.count({ where: { entityId: "RETRIED_PROTOCOL" } })).toBe(1);
  });

  it("5 concurrent creations of one code without a key: one protocol, the others refused as duplicates", async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, index) => subgraph.execute<Created>(CREATE, { input: protocol({ code: "RACED_PROTOCOL", name: `Raced ${index}` }) }, WRITER)),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const { errors } of results.filter((result) => result.errors)) {
      expect(errors![0]).toMatchObject({ message: 'Invalid argument "input.code": a border protocol with code "RACED_PROTOCOL" already exists' });
    }
    expect(await prisma.borderProtocolParty.count({ where: { protocolCode: "RACED_PROTOCOL" } })).toBe(2);
    expect(await prisma.auditEntry.count({ where: { entityId: "RACED_PROTOCOL" } })).toBe(1);
  });
});

describe("retries and concurrency", () => {
  it.each([
    [
      "recordFigure",
      "Observation",
      (tx: BorderTransaction) =>
        tx.observation.create({ data: { code: "border.midway", label: "x", value: 1, unit: "x", periodStart: "2022", periodLabel: "2022", sourceRef: "x", sourceQuote: "x" } }),
    ],
    [
      "createProtocol",
      "BorderProtocol",
      (tx: BorderTransaction) =>
        tx.borderProtocol.create({
          data: {
            code: "MIDWAY_PROTOCOL", name: "x", description: "x", signedYear: 2022, purposes: ["x"], status: "SIGNED", objectiveNumbers: [10], sourceRef: "x", sourceQuote: "x",
            parties: { create: [{ position: 0, name: "OTSH", departmentCode: "OTSH" }] },
          },
        }),
    ],
  ])("a %s that fails midway leaves no partial data, no audit entry and no idempotency key", async (action, entity, firstStep) => {
    const counts = async () => ({
      figures: await prisma.observation.count(),
      protocols: await prisma.borderProtocol.count(),
      parties: await prisma.borderProtocolParty.count(),
      audit: await prisma.auditEntry.count(),
      keys: await prisma.idempotencyKey.count(),
    });
    const before = await counts();
    await expect(
      auditedWrite<BorderTransaction, never>((work) => prisma.$transaction(work), {
        schema: "border",
        caller: WRITER,
        requestId: "midway",
        action,
        entity,
        idempotencyKey: `midway-failure-${action}`,
        perform: async (tx) => {
          await firstStep(tx);
          throw new Error("the disk is full");
        },
      }),
    ).rejects.toThrow("the disk is full");
    expect(await counts()).toEqual(before);
  });
});
