// The rules every department's record writes share (a status change of a seeded record,
// the creation of a new one), tested once here and run by each department with its own
// fixtures (its test/records.test.ts): who may write, refusals that name the argument,
// the audit trail and who reads it, idempotent retries and concurrent writes that never
// duplicate.
import { describe, expect, it } from "vitest";
import type { Caller } from "./context.js";
import type { SubgraphDefinition } from "./subgraph.js";
import { useTestSubgraph } from "./testing.js";

/** A `update<Record>Status(code, status, idempotencyKey)` mutation and a seeded record it moves. */
export interface StatusChangeCase {
  mutation: string;
  /** The GraphQL enum of the status argument. */
  statusType: string;
  /** The audit trail's action and entity for the change. */
  action: string;
  entity: string;
  /** How errors name the record, e.g. "border protocol". */
  noun: string;
  /** A seeded record, its status, and a status it may move to. */
  code: string;
  from: string;
  to: string;
  /** Another seeded record not at `to`, which concurrent writers race to move there. */
  raced: { code: string; to: string };
  /** The query field that finds the record by code, e.g. "borderProtocol". */
  readField: string;
}

/** A `create<Record>(input, idempotencyKey)` mutation and a valid input for it. */
export interface CreationCase {
  mutation: string;
  inputType: string;
  action: string;
  entity: string;
  noun: string;
  /** A valid input creating a record with `code`. */
  input(code: string): Record<string, unknown>;
  /** The code of a seeded record (a creation with it is a duplicate). */
  seededCode: string;
  /** The query field that finds the record by code, e.g. "borderProtocol". */
  readField: string;
}

export interface RecordSuiteOptions {
  definition: SubgraphDefinition;
  statusChanges: StatusChangeCase[];
  creations: CreationCase[];
}

type Result = Awaited<ReturnType<ReturnType<typeof useTestSubgraph>["execute"]>>;
type AuditPage = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };

export function describeRecordWrites(options: RecordSuiteOptions): void {
  const department = options.definition.name;
  const auditTrail = `${department}AuditTrail`;
  const other = department === "labour" ? "border" : "labour";
  const WRITER: Caller = { subgraph: department, scopes: ["write"], subject: "ana" };
  const PUBLISH_ONLY: Caller = { subgraph: department, scopes: ["publish"], subject: "leo" };
  const OTHER: Caller = { subgraph: other, scopes: ["write", "publish"], subject: "eva" };
  const statusMutation = (change: StatusChangeCase) =>
    `mutation($code: ID!, $status: ${change.statusType}!, $key: String) { ${change.mutation}(code: $code, status: $status, idempotencyKey: $key) { code status } }`;
  const createMutation = (creation: CreationCase) =>
    `mutation($input: ${creation.inputType}!, $key: String) { ${creation.mutation}(input: $input, idempotencyKey: $key) { code } }`;

  const subgraph = useTestSubgraph(options.definition);
  const count = subgraph.count;
  const auditSteps = (entityId: string) => count("audit_entry", "entity_id = $1", [entityId]);
  async function readAnonymously(field: string, code: string) {
    const { data, errors } = await subgraph.execute<Record<string, { code: string; status: string } | null>>(`query($code: ID!) { ${field}(code: $code) { code status } }`, { code });
    expect(errors).toBeUndefined();
    return data![field];
  }
  const succeeded = (results: Result[]) => results.filter((result) => !result.errors);
  const firstErrors = (results: Result[]) => results.flatMap((result) => result.errors?.slice(0, 1) ?? []);

  describe(`${department}: who may write records`, () => {
    const writes: [string, string, Record<string, unknown>][] = [
      ...options.statusChanges.map((change): [string, string, Record<string, unknown>] => [change.mutation, statusMutation(change), { code: change.code, status: change.to }]),
      ...options.creations.map((creation): [string, string, Record<string, unknown>] => [creation.mutation, createMutation(creation), { input: creation.input("REFUSED_RECORD") }]),
    ];
    it.each(writes)("refuses %s to an anonymous caller, another department and a token without the write scope, writing nothing", async (_, mutation, variables) => {
      const audit = await count("audit_entry");
      expect((await subgraph.execute(mutation, variables)).errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
      expect((await subgraph.execute(mutation, variables, OTHER)).errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
      expect((await subgraph.execute(mutation, variables, PUBLISH_ONLY)).errors![0]).toMatchObject({
        message: "The token lacks the 'write' scope (it has: publish)",
        extensions: { code: "FORBIDDEN" },
      });
      expect(await count("audit_entry")).toBe(audit);
    });
  });

  describe(`${department}: the audit trail`, () => {
    const PAGE = `query($first: Int, $after: String) { ${auditTrail}(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

    async function auditPage(after: string | null): Promise<AuditPage> {
      const { data } = await subgraph.execute<Record<string, AuditPage>>(PAGE, { first: 1, after }, WRITER);
      return data![auditTrail]!;
    }

    it("is the department's alone to read", async () => {
      expect((await subgraph.execute(PAGE, {}, null)).errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
      expect((await subgraph.execute(PAGE, {}, OTHER)).errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
      expect((await subgraph.execute(PAGE, {}, PUBLISH_ONLY)).errors).toBeUndefined();
    });

    it("pages newest first, each entry once", async () => {
      await subgraph.execute(createMutation(options.creations[0]!), { input: options.creations[0]!.input("SUITE_AUDITED") }, WRITER);
      await subgraph.execute(createMutation(options.creations[0]!), { input: options.creations[0]!.input("SUITE_AUDITED_TOO") }, WRITER);
      const seen: string[] = [];
      let total = 0;
      for (let after: string | null = null; ; ) {
        const page: AuditPage = await auditPage(after);
        total = page.totalCount;
        seen.push(...page.edges.map(({ node }) => node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(total).toBeGreaterThanOrEqual(2);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(seen.map(Number)).toEqual(seen.map(Number).sort((a, b) => b - a));
    });
  });

  describe.each(options.statusChanges)(`${department}: $mutation`, (change) => {
    const mutation = statusMutation(change);
    const readStatus = async (code: string) => (await readAnonymously(change.readField, code))?.status;

    it("moves the record on for every reader at once and audits the status before and after", async () => {
      const { data, errors } = await subgraph.execute<Record<string, unknown>>(mutation, { code: change.code, status: change.to }, WRITER);
      expect(errors).toBeUndefined();
      expect(data![change.mutation]).toEqual({ code: change.code, status: change.to });
      expect(await readStatus(change.code)).toBe(change.to);
      const [step, ...more] = await subgraph.auditOf(change.code);
      expect(more).toEqual([]);
      expect(step).toMatchObject({ action: change.action, entity: change.entity, subject: "ana" });
      expect(JSON.parse(step!.before!)).toMatchObject({ code: change.code, status: change.from });
      expect(JSON.parse(step!.after!)).toMatchObject({ code: change.code, status: change.to });
    });

    it("refuses an unknown code, the status the record already has and an unknown status, naming the argument", async () => {
      const unknown = await subgraph.execute(mutation, { code: "NO_SUCH_RECORD", status: change.to }, WRITER);
      expect(unknown.errors![0]).toMatchObject({
        message: `Invalid argument "code": no ${change.noun} has code "NO_SUCH_RECORD"`,
        extensions: { code: "BAD_USER_INPUT", argument: "code" },
      });
      const unchanged = await subgraph.execute(mutation, { code: change.code, status: change.to }, WRITER);
      expect(unchanged.errors![0]).toMatchObject({
        message: `Invalid argument "status": ${change.noun} "${change.code}" is already ${change.to}`,
        extensions: { code: "BAD_USER_INPUT", argument: "status" },
      });
      const badEnum = await subgraph.execute(mutation, { code: change.code, status: "NOT_A_STATUS" }, WRITER);
      expect(badEnum.errors![0]!.message).toContain(change.statusType);
      expect(await auditSteps("NO_SUCH_RECORD")).toBe(0);
    });

    it("returns the first result for a retried key, writes once, and refuses the key for another change", async () => {
      const key = `${change.mutation}-retry-0001`;
      const variables = { code: change.code, status: change.from, key };
      const first = await subgraph.execute(mutation, variables, WRITER);
      const again = await subgraph.execute(mutation, variables, WRITER);
      expect(first.errors).toBeUndefined();
      expect(again).toEqual(first);
      expect(await auditSteps(change.code)).toBe(2);
      const reused = await subgraph.execute(mutation, { ...variables, status: change.to }, WRITER);
      expect(reused.errors![0]!.extensions).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", argument: "idempotencyKey" });
    });

    it("of 10 concurrent identical changes, exactly one applies and is audited", async () => {
      const { code, to } = change.raced;
      const results = await Promise.all(Array.from({ length: 10 }, () => subgraph.execute(mutation, { code, status: to }, WRITER)));
      expect(succeeded(results)).toHaveLength(1);
      for (const error of firstErrors(results)) {
        expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "status" });
        expect(error.message).toMatch(new RegExp(`is already ${to}|was changed by another write meanwhile`));
      }
      expect(await auditSteps(code)).toBe(1);
      expect(await readStatus(code)).toBe(to);
    });
  });

  describe.each(options.creations)(`${department}: $mutation`, (creation) => {
    const mutation = createMutation(creation);
    const readCode = async (code: string) => (await readAnonymously(creation.readField, code))?.code;
    const create = (code: string, key?: string, caller: Caller = WRITER) => subgraph.execute<Record<string, { code: string }>>(mutation, { input: creation.input(code), key }, caller);
    const article = /^[aeiou]/.test(creation.noun) ? "an" : "a";
    const duplicate = (code: string) => `Invalid argument "input.code": ${article} ${creation.noun} with code "${code}" already exists`;

    it("adds the record for every reader at once and audits it with nothing before", async () => {
      const { data, errors } = await create("SUITE_CREATED");
      expect(errors).toBeUndefined();
      expect(data![creation.mutation]).toEqual({ code: "SUITE_CREATED" });
      expect(await readCode("SUITE_CREATED")).toBe("SUITE_CREATED");
      const [step, ...more] = await subgraph.auditOf("SUITE_CREATED");
      expect(more).toEqual([]);
      expect(step).toMatchObject({ action: creation.action, entity: creation.entity, subject: "ana", before: null });
      expect(JSON.parse(step!.after!)).toMatchObject({ code: "SUITE_CREATED" });
    });

    it("refuses a seeded record's code as a duplicate, writing nothing", async () => {
      const audit = await count("audit_entry");
      const { errors } = await create(creation.seededCode);
      expect(errors![0]).toMatchObject({ message: expect.stringContaining(duplicate(creation.seededCode)), extensions: { code: "BAD_USER_INPUT", argument: "input.code" } });
      expect(await count("audit_entry")).toBe(audit);
    });

    it("returns the first result for a retried key and writes once; the key is refused for another caller or input, and one refused with its write can be used again", async () => {
      const key = `${creation.mutation}-retry-0001`;
      expect((await create(creation.seededCode, key)).errors![0]!.extensions).toMatchObject({ argument: "input.code" });
      const first = await create("SUITE_RETRIED", key);
      const again = await create("SUITE_RETRIED", key);
      expect(first.errors).toBeUndefined();
      expect(again).toEqual(first);
      expect(await auditSteps("SUITE_RETRIED")).toBe(1);
      for (const reused of [await create("SUITE_OTHER_INPUT", key), await create("SUITE_RETRIED", key, { ...WRITER, subject: "leo" })]) {
        expect(reused.errors![0]!.extensions).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", argument: "idempotencyKey" });
      }
      expect(await readCode("SUITE_OTHER_INPUT")).toBeUndefined();
    });

    it("60 concurrent creations, a third of them retries, lose nothing and duplicate nothing", async () => {
      const writes = Array.from({ length: 60 }, (_, index) => ({ code: `SUITE_CONCURRENT_${index % 40}`, key: `suite-concurrent-${index % 40}` }));
      const results = await Promise.all(writes.map(({ code, key }) => create(code, key)));
      expect(firstErrors(results)).toEqual([]);
      expect(results.map((result) => result.data![creation.mutation]!.code)).toEqual(writes.map(({ code }) => code));
      expect(await count("audit_entry", "entity_id LIKE 'SUITE_CONCURRENT_%'")).toBe(40);
    });

    it("of 10 concurrent creations of one new code, each with its own key, exactly one succeeds and only its key is kept", async () => {
      const results = await Promise.all(Array.from({ length: 10 }, (_, index) => create("SUITE_RACED", `suite-raced-${index}`)));
      expect(succeeded(results)).toHaveLength(1);
      for (const error of firstErrors(results)) expect(error).toMatchObject({ message: expect.stringContaining(duplicate("SUITE_RACED")), extensions: { code: "BAD_USER_INPUT" } });
      expect(await auditSteps("SUITE_RACED")).toBe(1);
      expect(await count("idempotency_key", "key LIKE 'suite-raced-%'")).toBe(1);
    });
  });
}
