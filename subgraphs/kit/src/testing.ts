// Test harnesses: a throwaway database (in-memory PGlite, or a fresh PostgreSQL
// database when DATABASE_URL is set) and a subgraph started on it in process.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Caller } from "./context.js";
import { openEmbeddedDatabase, openPostgresDatabase, type SubgraphDatabase } from "./database.js";
import { createLogger } from "@gcm-hub/platform";
import { generateGatewayKeyPair, type GatewayKeyPair } from "@gcm-hub/platform";
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from "./subgraph.js";

export interface TestDatabase {
  /** Opens one more client on the same database (each subgraph gets its own). */
  open(): SubgraphDatabase;
  /** PostgreSQL URL of the throwaway database, when on PostgreSQL. */
  readonly url: string | undefined;
  readonly kind: "pglite" | "postgresql";
  close(): Promise<void>;
}

const log = createLogger("test", "silent");

/** A gateway key pair for this test process: sign with its private half (createCredentialSigner). */
export const testGatewayKeys: GatewayKeyPair = generateGatewayKeyPair();

/** A database no other test sees: in-memory PGlite, or a new PostgreSQL database dropped on close. */
export async function openTestDatabase(databaseUrl = process.env.DATABASE_URL): Promise<TestDatabase> {
  if (!databaseUrl) {
    const embedded = await openEmbeddedDatabase(null);
    return { open: () => embedded.forSubgraph(), url: undefined, kind: "pglite", close: () => embedded.close() };
  }
  const name = `hub_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const opened: SubgraphDatabase[] = [];
  return {
    url: url.toString(),
    kind: "postgresql",
    open() {
      const database = openPostgresDatabase({ url: url.toString(), log, maxConnections: 4 });
      opened.push(database);
      return database;
    },
    async close() {
      await Promise.all(opened.map((database) => database.close()));
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

export interface TestSubgraph {
  readonly running: RunningSubgraph;
  /** SQL statements the subgraph's Prisma client sent since the last reset. */
  readonly statements: string[];
  /** Runs an operation in process as `caller` (anonymous by default); throws if the response is not a single result. */
  execute<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller | null,
  ): Promise<{ data?: Data | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
  /**
   * Every node of connection `field`, following its cursors `first` at a time (the
   * query takes $first and $after), with each page's totalCount when it asks for it.
   */
  pageThrough<Node>(field: string, query: string, first: number, variables?: Record<string, unknown>): Promise<{ nodes: Node[]; totalCounts: number[] }>;
  /** Connection `field` (taking first, after and, with `filterType`, filter), selecting `nodeFields` of each node. */
  connection<Node>(field: string, filterType: string | null, nodeFields: string): TestConnection<Node>;
  /** Rows of one of the subgraph's tables matching an SQL condition (with $1... parameters). */
  count(table: string, where?: string, params?: unknown[]): Promise<number>;
  /** Row counts of the subgraph's tables, by table name: before and after a write that must leave nothing. */
  rowCounts(...tables: string[]): Promise<Record<string, number>>;
  /** The department's audit trail for one entity, oldest step first, as the department reads it. */
  auditOf(entityId: string): Promise<AuditStep[]>;
  close(): Promise<void>;
}

/** A connection as a test reads it. */
export interface TestConnection<Node> {
  /** The page query: $first, $after and $filter; totalCount, pageInfo and each edge's cursor and node. */
  readonly query: string;
  /** One page (the first unless `after`); a GraphQL error throws, naming the field. */
  page(variables?: { first?: number; after?: string | null; filter?: Record<string, unknown> }, caller?: Caller | null): Promise<Page<Node>>;
  /** The nodes of the first page under `filter`, up to `first` (100 by default). */
  nodes(filter?: Record<string, unknown>, first?: number): Promise<Node[]>;
  /** Every node under `filter`, following the cursors `first` at a time, with each page's totalCount. */
  pageThrough(first: number, filter?: Record<string, unknown>): Promise<{ nodes: Node[]; totalCounts: number[] }>;
  /** The first error of a page read that must be refused; throws if it is answered. */
  refusal(variables: { first?: number; after?: string | null; filter?: Record<string, unknown> }): Promise<{ message: string; code: unknown }>;
}

/** A connection that every department tests the same way (see describeConnection). */
export interface ConnectionUnderTest<Node> {
  field: string;
  filterType: string | null;
  nodeFields: string;
  /** The node field the connection is ordered by, and every node's value of it (read when the test runs). */
  key: keyof Node & string;
  every: () => readonly unknown[];
  /** A page size small enough to need several pages. */
  pageSize: number;
}

/** One entry of a department's audit trail; before and after are JSON. */
export interface AuditStep {
  id: string;
  department: string;
  action: string;
  entity: string;
  subject: string;
  entityId: string;
  before: string | null;
  after: string | null;
  requestId: string;
}

export type Page<Node> = { totalCount?: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor?: string; node: Node }[] };
type AuditPage = Page<AuditStep>;
const MAX_PAGES = 1000;

/** Starts a subgraph on a throwaway database, migrated and seeded, not listening. */
export async function startTestSubgraph(definition: SubgraphDefinition): Promise<TestSubgraph> {
  const testDatabase = await openTestDatabase();
  const statements: string[] = [];
  const running = await startSubgraph(definition, testDatabase.open(), {
    log,
    gatewayKeys: [testGatewayKeys.publicKey],
    onQuery: (sql) => statements.push(sql),
  });
  await running.prepared;
  statements.length = 0;
  const execute: TestSubgraph["execute"] = async (query, variables, caller = null) => {
    const response = await running.instance.server.executeOperation({ query, variables }, { caller });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return response.body.singleResult as never;
  };
  const count: TestSubgraph["count"] = (table, where = "true", params = []) =>
    running.database.withSession(async (session) => {
      const { rows } = await session.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${definition.name}"."${table}" WHERE ${where}`, params);
      return rows[0]!.n;
    });
  const pageThrough: TestSubgraph["pageThrough"] = async <Node>(field: string, query: string, first: number, variables: Record<string, unknown> = {}) => {
      const nodes: Node[] = [];
      const totalCounts: number[] = [];
      const read = async (after: string | null): Promise<Page<Node>> => {
        const { data, errors } = await execute<Record<string, Page<Node>>>(query, { ...variables, first, after });
        if (errors) throw new Error(`paging through ${field} failed: ${errors[0]!.message}`);
        return data![field]!;
      };
      for (let after: string | null = null, pages = 0; pages < MAX_PAGES; pages++) {
        const page: Page<Node> = await read(after);
        nodes.push(...page.edges.map(({ node }) => node));
        if (page.totalCount !== undefined) totalCounts.push(page.totalCount);
        if (!page.pageInfo.hasNextPage) return { nodes, totalCounts };
        after = page.pageInfo.endCursor;
      }
      throw new Error(`${field} still had a next page after ${MAX_PAGES} pages`);
  };
  return {
    running,
    statements,
    execute,
    pageThrough,
    connection: (field, filterType, nodeFields) => testConnection({ execute, pageThrough }, field, filterType, nodeFields),
    count,
    rowCounts: async (...tables) => Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(table)]))),
    async auditOf(entityId) {
      const field = `${definition.name}AuditTrail`;
      const query = `query($after: String) { ${field}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id department action entity subject entityId before after requestId } } } }`;
      const auditor: Caller = { subgraph: definition.name, scopes: ["write"], subject: "auditor" };
      const steps: AuditStep[] = [];
      const read = async (after: string | null): Promise<AuditPage> => {
        const { data, errors } = await execute<Record<string, AuditPage>>(query, { after }, auditor);
        if (errors) throw new Error(`reading ${field} failed: ${errors[0]!.message}`);
        return data![field]!;
      };
      for (let after: string | null = null; ; ) {
        const page: AuditPage = await read(after);
        steps.push(...page.edges.map(({ node }) => node).filter((step) => step.entityId === entityId));
        if (!page.pageInfo.hasNextPage) return steps.reverse();
        after = page.pageInfo.endCursor;
      }
    },
    async close() {
      await running.stop();
      await testDatabase.close();
    },
  };
}

/** A write as a test sends it. */
export interface TestWrite {
  query: string;
  variables: Record<string, unknown>;
  caller: Caller;
}

/**
 * The write is refused with BAD_USER_INPUT naming `argument`, its message matching
 * `reason`, and it leaves the row counts of `tables` and of the audit trail as they were.
 */
export async function expectRefusedWrite(subgraph: TestSubgraph, write: TestWrite, refusal: { argument: string; reason: RegExp }, tables: string[] = []): Promise<void> {
  const before = await subgraph.rowCounts(...tables, "audit_entry");
  const { errors } = await subgraph.execute(write.query, write.variables, write.caller);
  expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: refusal.argument });
  expect(errors![0]!.message).toMatch(refusal.reason);
  expect(await subgraph.rowCounts(...tables, "audit_entry")).toEqual(before);
}

/** Paging `first` at a time visits each node once, in the order of its `key`, and every page counts them all. */
export async function expectEveryNodeOnce<Node>(connection: TestConnection<Node>, first: number, key: keyof Node, expected: readonly unknown[]): Promise<void> {
  const { nodes, totalCounts } = await connection.pageThrough(first);
  expect(new Set(totalCounts)).toEqual(new Set([expected.length]));
  expect(nodes.map((node) => node[key])).toEqual([...expected].sort());
}

/**
 * The tests every connection passes: paging visits each node once in key order, every
 * page counting them all; page sizes outside 1 to 100 and forged cursors are refused
 * naming the argument. Returns the connection for the department's own filter tests.
 */
export function describeConnection<Node>(subgraph: TestSubgraph, connection: ConnectionUnderTest<Node>): TestConnection<Node> {
  const pages = subgraph.connection<Node>(connection.field, connection.filterType, connection.nodeFields);
  it(`pages through every node of ${connection.field} once, in ${connection.key} order`, async () => {
    await expectEveryNodeOnce(pages, connection.pageSize, connection.key, connection.every());
  });
  it(`refuses page sizes outside 1 to 100 and forged cursors of ${connection.field}, naming the argument`, async () => {
    expect(await pages.refusal({ first: 101 })).toEqual({ code: "BAD_USER_INPUT", message: 'Invalid argument "first": must be between 1 and 100, got 101' });
    expect(await pages.refusal({ first: 0 })).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining('"first"') });
    expect(await pages.refusal({ first: 5, after: "not-a-cursor" })).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining('"after"') });
  });
  return pages;
}

function testConnection<Node>(
  subgraph: Pick<TestSubgraph, "execute" | "pageThrough">,
  field: string,
  filterType: string | null,
  nodeFields: string,
): TestConnection<Node> {
  const filter = filterType ? { declared: `, $filter: ${filterType}`, passed: ", filter: $filter" } : { declared: "", passed: "" };
  const query = `query Page($first: Int, $after: String${filter.declared}) {
    ${field}(first: $first, after: $after${filter.passed}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${nodeFields} } } }
  }`;
  const page: TestConnection<Node>["page"] = async (variables = {}, caller = null) => {
    const { data, errors } = await subgraph.execute<Record<string, Page<Node>>>(query, variables, caller);
    if (errors) throw new Error(`reading ${field} failed: ${errors[0]!.message}`);
    return data![field]!;
  };
  return {
    query,
    page,
    nodes: async (filter, first = 100) => (await page({ first, filter })).edges.map((edge) => edge.node),
    pageThrough: (first, filter) => subgraph.pageThrough<Node>(field, query, first, filter ? { filter } : {}),
    async refusal(variables) {
      const { errors } = await subgraph.execute(query, variables);
      if (!errors) throw new Error(`${field} answered ${JSON.stringify(variables)} instead of refusing it`);
      return { message: errors[0]!.message, code: errors[0]!.extensions?.code };
    },
  };
}

const KEY_FIELDS = { Objective: "number", Country: "iso", Department: "code", Initiative: "code" } as const;

/** `_entities` representations of plan's entities, by type and key, in the order given (keys may be invalid on purpose). */
export function representationsOf(keys: { [Type in keyof typeof KEY_FIELDS]?: unknown[] }): Record<string, unknown>[] {
  return Object.entries(keys).flatMap(([type, values]) => values.map((key) => ({ __typename: type, [KEY_FIELDS[type as keyof typeof KEY_FIELDS]]: key })));
}

/** What a test figure says; exampleFigure adds a period and a source. */
export interface FigureStatement {
  label: string;
  value: number;
  unit: string;
  objective: number | null;
}

/** A valid figure input for a department's tests: the statement, in the first half of 2022, from a half-year report. */
export function exampleFigure(subgraph: string, says: FigureStatement) {
  return {
    ...says,
    period: { start: "2022-01", end: "2022-06", label: "first half of 2022" },
    source: { document: `${subgraph} half-year report 2022`, reference: "Table 1", quote: `${says.value} ${says.unit}` },
  };
}

/**
 * The subgraph a test file works on: started on a throwaway database before the file's
 * tests and closed after them. Use it at the top of a test file or a suite.
 */
export function useTestSubgraph(definition: SubgraphDefinition): TestSubgraph {
  let started: TestSubgraph | undefined;
  beforeAll(async () => {
    started = await startTestSubgraph(definition);
  });
  afterAll(() => started?.close());
  const current = () => {
    if (!started) throw new Error(`the ${definition.name} subgraph is used before its tests start`);
    return started;
  };
  const subgraph: TestSubgraph = {
    get running() {
      return current().running;
    },
    get statements() {
      return current().statements;
    },
    execute: (query, variables, caller) => current().execute(query, variables, caller),
    pageThrough: (field, query, first, variables) => current().pageThrough(field, query, first, variables),
    count: (table, where, params) => current().count(table, where, params),
    rowCounts: (...tables) => current().rowCounts(...tables),
    auditOf: (entityId) => current().auditOf(entityId),
    close: () => current().close(),
    connection: (field, filterType, nodeFields) => testConnection(subgraph, field, filterType, nodeFields),
  };
  return subgraph;
}

const REPORT_PATH = path.join("shared", "seeds", "000_c0d0c09c999250f2.txt");

/**
 * The report every record comes from: HUB_REPORT_FILE, or shared/seeds/ beside the
 * first folder above the working directory that has it (the hub's repository, or a
 * department's package lifted out of it, sits next to shared/).
 */
export function reportFile(env: Record<string, string | undefined> = process.env): string {
  if (env.HUB_REPORT_FILE) return path.resolve(env.HUB_REPORT_FILE);
  for (let folder = process.cwd(); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, REPORT_PATH);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) throw new Error(`The report is not found: set HUB_REPORT_FILE, or put ${REPORT_PATH} beside the repository`);
  }
}

/** The report's text. */
export function readReport(): string {
  return fs.readFileSync(reportFile(), "utf8");
}

/**
 * The report's text as quotes are compared against it: markdown links reduced to
 * their text, emphasis and escapes dropped, whitespace collapsed.
 */
export function normaliseReportText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\(#\)/g, "$1")
    .replace(/[*\\]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Quotes (by record code) that are not verbatim in the report; empty when all are. */
export function quotesMissingFromReport(records: { code: string; quote: string }[]): string[] {
  const report = normaliseReportText(readReport());
  return records.filter(({ quote }) => !report.includes(normaliseReportText(quote))).map(({ code }) => code);
}
