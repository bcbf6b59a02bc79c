// The rules every department that takes figures through the graph shares, tested once
// here and run by each department with its own fixtures (its test/figures.test.ts):
// who may write, input validation, drafts private on every read path, publication,
// corrections as revisions, the audit trail, and idempotent, concurrent writes.
import { describe, expect, it } from "vitest";
import { auditedWrite, type RawTransaction } from "./auditedWrite.js";
import type { Caller } from "./context.js";
import type { FigureInput } from "./figures.js";
import type { SubgraphDefinition } from "./subgraph.js";
import { exampleFigure, useTestSubgraph } from "./testing.js";

/** Another place a draft must not show: a query, and whether the figure is in its answer. */
export interface ReadPath {
  name: string;
  query: string;
  variables?: (id: string) => Record<string, unknown>;
  /** Links the new figure to the department's record the query reads it through (SQL on the subgraph's schema). */
  link?: (sql: (query: string, params?: unknown[]) => Promise<unknown>, id: string) => Promise<unknown>;
  shows(data: any, id: string): boolean;
}

export interface FigureSuiteOptions {
  definition: SubgraphDefinition;
  /** Prefix of the department's figure fields: "border" for borderFigures and recordBorderFigure; the audit trail is `<subgraph>AuditTrail`. */
  prefix: string;
  /** What a valid figure of the department says, on one of its objectives (the suite adds a period and a source). */
  figure: { label: string; value: number; unit: string; objective: number };
  /** Read paths of the department's own beyond the figure page and the objective's figures. */
  readPaths?: ReadPath[];
}

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const upper = (prefix: string) => prefix[0]!.toUpperCase() + prefix.slice(1);

export function describeDepartmentFigures(options: FigureSuiteOptions): void {
  const { definition, prefix } = options;
  /** How errors name the department's figures: "socialProtection" gives "social protection figure". */
  const noun = `${prefix.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)} figure`;
  const department = definition.name;
  const other = department === "labour" ? "border" : "labour";
  const WRITER: Caller = { subgraph: department, scopes: ["write"], subject: "ana" };
  const PUBLISHER: Caller = { subgraph: department, scopes: ["write", "publish"], subject: "rui" };
  const OTHER: Caller = { subgraph: other, scopes: ["write", "publish"], subject: "eva" };
  const Name = upper(prefix);
  const RECORD = `mutation($input: FigureInput!, $key: String) { record${Name}Figure(input: $input, idempotencyKey: $key) { id value status source { document } } }`;
  const PUBLISH = `mutation($id: ID!, $key: String) { publish${Name}Figure(id: $id, idempotencyKey: $key) { id value status } }`;
  const CORRECT = `mutation($id: ID!, $input: FigureInput!) { correct${Name}Figure(id: $id, input: $input) { id value status } }`;
  const PAGE = `query($after: String) { ${prefix}Figures(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id value status } } } }`;
  const OBJECTIVE = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Objective { ${prefix}Figures { id value } } } }`;
  const REVISIONS = `query($id: ID!) { ${prefix}FigureRevisions(id: $id) { revision status value recordedBy publishedBy } }`;
  const example = { ...exampleFigure(department, options.figure), objective: options.figure.objective };
  const figure = (overrides: Partial<FigureInput> = {}) => ({ ...example, ...overrides });

  const subgraph = useTestSubgraph(definition);
  const sql = async (query: string, params: unknown[] = []) =>
    subgraph.running.database.withSession(async (session) => (await session.query<Record<string, unknown>>(query, params)).rows);
  const count = subgraph.count;

  async function record(overrides: Partial<FigureInput> = {}, caller: Caller = WRITER, key?: string) {
    const result = await subgraph.execute<Record<string, { id: string; value: number; status: string }>>(RECORD, { input: figure(overrides), key }, caller);
    expect(result.errors).toBeUndefined();
    return result.data![`record${Name}Figure`]!;
  }
  /** The figure as `caller` finds it paging through the department's figures. */
  async function paged(id: string, caller: Caller | null): Promise<{ value: number } | undefined> {
    for (let after: string | null = null; ; ) {
      const page: any = (await subgraph.execute(PAGE, { after }, caller)).data![`${prefix}Figures`];
      const found = page.edges.find(({ node }: { node: { id: string } }) => node.id === id);
      if (found || !page.pageInfo.hasNextPage) return found?.node;
      after = page.pageInfo.endCursor;
    }
  }
  const publicValue = async (id: string) => (await paged(id, null))?.value;

  describe(`${department}: who may write figures`, () => {
    it("refuses an anonymous caller and another department before the input, and a token without the scope it needs", async () => {
      const invalid = figure({ value: -1 });
      const anonymous = await subgraph.execute(RECORD, { input: invalid });
      expect(anonymous.errors![0]).toMatchObject({ message: `Sign in: changing ${department} data needs a token for the ${department} department`, extensions: { code: "UNAUTHENTICATED" } });
      const foreign = await subgraph.execute(RECORD, { input: invalid }, OTHER);
      expect(foreign.errors![0]).toMatchObject({ message: `The token is for the ${other} department; only the ${department} department may change ${department} data`, extensions: { code: "FORBIDDEN" } });
      const { id } = await record();
      const publish = await subgraph.execute(PUBLISH, { id }, WRITER);
      expect(publish.errors![0]).toMatchObject({ message: "The token lacks the 'publish' scope (it has: write)", extensions: { code: "FORBIDDEN" } });
      const publishOnly = await subgraph.execute(RECORD, { input: figure() }, { subgraph: department, scopes: ["publish"], subject: "leo" });
      expect(publishOnly.errors![0]).toMatchObject({ message: "The token lacks the 'write' scope (it has: publish)", extensions: { code: "FORBIDDEN" } });
    });
  });

  describe(`${department}: figure validation`, () => {
    it.each([
      [{ value: -3 }, "input.value", /must not be negative/],
      [{ value: 120, unit: "percent" }, "input.value", /at most 100/],
      [{ objective: 24 }, "input.objective", /objective number from 1 to 23/],
      [{ period: { start: "2022-13", label: "x" } }, "input.period.start", /YYYY, YYYY-MM or YYYY-MM-DD/],
      [{ period: { start: "2022-06", end: "2021", label: "x" } }, "input.period.end", /must not be before the start/],
      [{ label: "  " }, "input.label", /must not be empty/],
      [{ source: { document: "", reference: "x", quote: "x" } }, "input.source.document", /must not be empty/],
      [{ period: { kind: "SINCE", start: "2020", end: "2021", label: "x" } }, "input.period.end", /must be omitted when the period is SINCE/],
      [{ period: { kind: "AS_OF", label: "x" } }, "input.period.end", /is required when the period is AS_OF/],
      [{ period: { kind: "UP_TO", start: "2019", end: "2021", label: "x" } }, "input.period.start", /must be omitted when the period is UP_TO/],
    ])("refuses %j, naming %s, and writes nothing", async (overrides, argument, reason) => {
      const before = await count("observation");
      const { errors } = await subgraph.execute(RECORD, { input: figure(overrides as Partial<FigureInput>) }, WRITER);
      expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
      expect(errors![0]!.message).toMatch(reason);
      expect(await count("observation")).toBe(before);
    });

    it("refuses a qualifier or a period kind the schema does not have, and writes nothing", async () => {
      const before = await count("observation");
      for (const overrides of [{ qualifier: "OVER" }, { period: { kind: "UNTIL", end: "2021", label: "x" } }]) {
        const { errors } = await subgraph.execute(RECORD, { input: figure(overrides as unknown as Partial<FigureInput>) }, WRITER);
        expect(errors![0]!.message).toMatch(/Value "(OVER|UNTIL)" does not exist in "(FigureQualifier|PeriodKind)" enum/);
      }
      expect(await count("observation")).toBe(before);
    });

    it("refuses a malformed idempotency key and an unknown figure id", async () => {
      const { errors } = await subgraph.execute(RECORD, { input: figure(), key: "short" }, WRITER);
      expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "idempotencyKey" });
      const unknown = await subgraph.execute(PUBLISH, { id: `${department}.no_such_figure` }, PUBLISHER);
      expect(unknown.errors![0]).toMatchObject({ message: `Invalid argument "id": no ${noun} has id "${department}.no_such_figure"`, extensions: { argument: "id" } });
    });
  });

  describe(`${department}: record, publish, correct`, () => {
    const readPaths: ReadPath[] = [
      {
        name: "objective's figures",
        query: OBJECTIVE,
        variables: () => ({ representations: [{ __typename: "Objective", number: options.figure.objective }] }),
        shows: (data, id) => data._entities[0][`${prefix}Figures`].some((found: { id: string }) => found.id === id),
      },
      ...(options.readPaths ?? []),
    ];
    const seenBy = async (caller: Caller | null, id: string) => ({
      "figure pages": (await paged(id, caller)) !== undefined,
      ...Object.fromEntries(await Promise.all(readPaths.map(async (path) => [path.name, path.shows((await subgraph.execute(path.query, path.variables?.(id) ?? {}, caller)).data, id)]))),
    });
    const everywhere = (shown: boolean) => ({ "figure pages": shown, ...Object.fromEntries(readPaths.map((path) => [path.name, shown])) });

    it("keeps a draft to the department on every read path, publishes it to everyone, and audits each step", async () => {
      const recorded = await subgraph.execute<any>(RECORD, { input: figure() }, WRITER);
      const { id } = recorded.data[`record${Name}Figure`];
      for (const path of readPaths) await path.link?.(sql, id);
      expect(recorded.data[`record${Name}Figure`]).toMatchObject({ status: "DRAFT", value: options.figure.value, source: { document: example.source.document } });
      expect(await seenBy(WRITER, id)).toEqual(everywhere(true));
      expect(await seenBy(null, id)).toEqual(everywhere(false));
      expect(await seenBy(OTHER, id)).toEqual(everywhere(false));

      expect((await subgraph.execute(PUBLISH, { id }, PUBLISHER)).data).toEqual({ [`publish${Name}Figure`]: { id, value: options.figure.value, status: "PUBLISHED" } });
      expect(await seenBy(null, id)).toEqual(everywhere(true));
      expect(((await subgraph.execute(PUBLISH, { id }, PUBLISHER)).errors as Errors)![0]!.message).toMatch(/is already published and has no correction waiting/);
      expect((await subgraph.auditOf(id)).map((entry) => [entry.action, entry.subject])).toEqual([["recordFigure", "ana"], ["publishFigure", "rui"]]);
    });

    it("corrects a draft in place, and a published figure by a revision the public sees only once published", async () => {
      const { id } = await record();
      const draft = await subgraph.execute(CORRECT, { id, input: figure({ value: options.figure.value + 1 }) }, WRITER);
      expect(draft.data).toEqual({ [`correct${Name}Figure`]: { id, value: options.figure.value + 1, status: "DRAFT" } });
      await subgraph.execute(PUBLISH, { id }, PUBLISHER);
      expect(await publicValue(id)).toBe(options.figure.value + 1);

      const corrected = await subgraph.execute(CORRECT, { id, input: figure({ value: options.figure.value + 2 }) }, WRITER);
      expect(corrected.data).toEqual({ [`correct${Name}Figure`]: { id, value: options.figure.value + 2, status: "DRAFT" } });
      expect(await publicValue(id)).toBe(options.figure.value + 1);
      expect((await subgraph.execute<any>(REVISIONS, { id }, WRITER)).data[`${prefix}FigureRevisions`]).toEqual([
        { revision: 1, status: "PUBLISHED", value: options.figure.value + 1, recordedBy: null, publishedBy: null },
        { revision: 2, status: "DRAFT", value: options.figure.value + 2, recordedBy: "ana", publishedBy: null },
      ]);
      await subgraph.execute(PUBLISH, { id }, PUBLISHER);
      expect(await publicValue(id)).toBe(options.figure.value + 2);
      expect((await subgraph.execute<any>(REVISIONS, { id }, WRITER)).data[`${prefix}FigureRevisions`].map((revision: { status: string }) => revision.status)).toEqual(["SUPERSEDED", "PUBLISHED"]);

      const steps = await subgraph.auditOf(id);
      expect(steps.map((entry) => entry.action)).toEqual(["recordFigure", "correctFigure", "publishFigure", "correctFigure", "publishFigure"]);
      expect(JSON.parse(steps[3]!.before!).value).toBe(options.figure.value + 1);
      expect(JSON.parse(steps[3]!.after!)).toMatchObject({ value: options.figure.value + 2, status: "DRAFT", revision: 2 });
    });

    it("records the value's qualifier and the period's kind, or no period, and keeps them through a corrected revision", async () => {
      const RECORD_READ = `mutation($input: FigureInput!) { record${Name}Figure(input: $input) { id qualifier statedPeriod { kind start end label quote } period { start end label } } }`;
      const recorded = async (overrides: Partial<FigureInput>) => (await subgraph.execute<any>(RECORD_READ, { input: figure(overrides) }, WRITER)).data[`record${Name}Figure`];
      const quoted = { ...example.source, quote: `by the end of 2021, ${example.source.quote}` };
      const runningTotal = await recorded({ qualifier: "MORE_THAN", period: { kind: "UP_TO", end: "2021-12", label: "by the end of 2021", quote: "by the end of 2021" }, source: quoted });
      // The deprecated period cannot say "by the end of 2021" without inventing a start: null, not December 2021.
      expect(runningTotal).toMatchObject({
        qualifier: "MORE_THAN",
        statedPeriod: { kind: "UP_TO", start: null, end: "2021-12", label: "by the end of 2021", quote: "by the end of 2021" },
        period: null,
      });
      const unquoted = await subgraph.execute<any>(RECORD_READ, { input: figure({ period: { kind: "UP_TO", end: "2021-12", label: "by the end of 2021", quote: "by the end of 2022" }, source: quoted }) }, WRITER);
      expect(unquoted.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "input.period.quote" } });
      const undated = await recorded({ period: null });
      expect(undated).toMatchObject({ qualifier: "EXACT", statedPeriod: null, period: null });
      expect((await recorded({})).statedPeriod).toEqual({ kind: "DURING", ...example.period, quote: null });

      await subgraph.execute(PUBLISH, { id: undated.id }, PUBLISHER);
      await subgraph.execute(CORRECT, { id: undated.id, input: figure({ qualifier: "APPROXIMATELY", period: { kind: "AS_OF", end: "2022-06", label: "in June 2022" } }) }, WRITER);
      const revisions = await subgraph.execute<any>(`query($id: ID!) { ${prefix}FigureRevisions(id: $id) { revision qualifier statedPeriod { kind end } } }`, { id: undated.id }, WRITER);
      expect(revisions.data[`${prefix}FigureRevisions`]).toEqual([
        { revision: 1, qualifier: "EXACT", statedPeriod: null },
        { revision: 2, qualifier: "APPROXIMATELY", statedPeriod: { kind: "AS_OF", end: "2022-06" } },
      ]);
      await subgraph.execute(PUBLISH, { id: undated.id }, PUBLISHER);
      const published = (await subgraph.execute<any>(`query($id: ID!) { ${prefix}FigureRevisions(id: $id) { status qualifier } }`, { id: undated.id }, WRITER)).data;
      expect(published[`${prefix}FigureRevisions`]).toEqual([{ status: "SUPERSEDED", qualifier: "EXACT" }, { status: "PUBLISHED", qualifier: "APPROXIMATELY" }]);
    });

    it("shows a figure's revisions only to the department", async () => {
      const { id } = await record();
      expect(((await subgraph.execute(REVISIONS, { id }, null)).errors as Errors)![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
      expect(((await subgraph.execute(REVISIONS, { id }, OTHER)).errors as Errors)![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
    });
  });

  describe(`${department}: figure filters`, () => {
    const FILTERED = `query($filter: FigureFilter) { ${prefix}Figures(filter: $filter, first: 100) { edges { node { id } } } }`;
    const ids = async (filter: Record<string, unknown>) => {
      const result = await subgraph.execute<any>(FILTERED, { filter }, WRITER);
      expect(result.errors).toBeUndefined();
      return result.data[`${prefix}Figures`].edges.map(({ node }: { node: { id: string } }) => node.id);
    };

    it("finds figures on any of several objectives, both filters holding together, and refuses an objective out of range by its place", async () => {
      const { id } = await record();
      const on = options.figure.objective;
      const elsewhere = on === 23 ? 22 : on + 1;
      expect(await ids({ objectives: [elsewhere, on] })).toContain(id);
      expect(await ids({ objectives: [elsewhere] })).not.toContain(id);
      expect(await ids({ objective: on, objectives: [elsewhere] })).toEqual([]);
      const refused = await subgraph.execute(FILTERED, { filter: { objectives: [on, 0] } }, WRITER);
      expect(refused.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "filter.objectives[1]" } });
    });
  });

  describe(`${department}: retries and concurrency`, () => {
    it("returns the first result for a retried key and writes once; refuses the key for anything else", async () => {
      const key = `${department}-retry-0001`;
      const first = await record({ value: 7 }, WRITER, key);
      const again = await record({ value: 7 }, WRITER, key);
      expect(again).toEqual(first);
      expect(await count("audit_entry", "entity_id = $1", [first.id])).toBe(1);
      for (const [input, caller] of [[figure({ value: 8 }), WRITER], [figure({ value: 7 }), { ...WRITER, subject: "leo" }]] as const) {
        const reused = await subgraph.execute(RECORD, { input, key }, caller);
        expect(reused.errors![0]!.extensions).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", argument: "idempotencyKey" });
      }
      expect(await count("observation", "value = 8")).toBe(0);
    });

    it("100 concurrent writes, a third of them retries, lose nothing and duplicate nothing", async () => {
      const before = await count("observation");
      const writes = Array.from({ length: 100 }, (_, index) => ({ key: `${department}-concurrent-${index % 67}`, value: 10_000 + (index % 67) }));
      const results = await Promise.all(writes.map(({ key, value }) => subgraph.execute<any>(RECORD, { input: figure({ value }), key }, WRITER)));
      expect(results.filter((result) => result.errors)).toEqual([]);
      expect((await count("observation")) - before).toBe(67);
      const idsByKey = new Map<string, Set<string>>();
      writes.forEach(({ key }, index) => idsByKey.set(key, (idsByKey.get(key) ?? new Set()).add(results[index]!.data[`record${Name}Figure`].id)));
      expect([...idsByKey.values()].every((ids) => ids.size === 1)).toBe(true);
    });

    it("of concurrent publications of one draft, exactly one applies and is audited", async () => {
      const { id } = await record();
      const results = await Promise.all(Array.from({ length: 5 }, () => subgraph.execute(PUBLISH, { id }, PUBLISHER)));
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(await count("audit_entry", "entity_id = $1 AND action = 'publishFigure'", [id])).toBe(1);
    });

    it("a write that fails midway leaves no partial data, no audit entry and no idempotency key", async () => {
      const before = [await count("audit_entry"), await count("idempotency_key")];
      const client = subgraph.running.database;
      await expect(
        client.withSession((session) =>
          auditedWrite<RawTransaction, never>(
            async (work) => {
              await session.query("BEGIN");
              const tx: RawTransaction = {
                $queryRawUnsafe: async (query, ...values) => (await session.query(query, values)).rows as never,
                $executeRawUnsafe: async (query, ...values) => (await session.query(query, values)).rows.length,
              };
              try {
                const result = await work(tx);
                await session.query("COMMIT");
                return result;
              } catch (error) {
                await session.query("ROLLBACK");
                throw error;
              }
            },
            {
              schema: department,
              caller: WRITER,
              requestId: "midway-failure",
              action: "recordFigure",
              entity: "Observation",
              idempotencyKey: `${department}-midway-0001`,
              async perform(tx) {
                // A first write that lands, then a failure before the rest.
                await tx.$executeRawUnsafe(
                  `INSERT INTO "${department}".audit_entry (department, subject, action, entity, entity_id, request_id) VALUES ($1, 'ana', 'partial', 'Observation', 'midway', 'midway-failure')`,
                  department,
                );
                throw new Error("the database went away midway");
              },
            },
          ),
        ),
      ).rejects.toThrow("midway");
      expect([await count("audit_entry"), await count("idempotency_key")]).toEqual(before);
    });
  });
}
