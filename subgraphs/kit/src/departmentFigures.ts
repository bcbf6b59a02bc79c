// The figures of a department that takes them through the graph, configured with the
// department (department.ts) whose client has the usual observation table:
// - the workflow on its observation table: record a draft (scope write), publish it
//   (scope publish), correct it (scope write). A draft is corrected in place; a
//   published figure is corrected by a new DRAFT revision the public does not see
//   until a publish caller publishes it (its values become the figure's, the previous
//   revision is SUPERSEDED; the first correction also keeps the figure as it was
//   published, as revision 1, in "<schema>".observation_revision, the kit's shared table);
// - pages and loaders with the draft rule, the figure fields of Query, Mutation and
//   Objective named after the department's prefix, and the resolvers of the
//   Observation and FigureRevision types every such department shares.
import crypto from "node:crypto";
import type DataLoader from "dataloader";
import type { DepartmentWrite, RawTransaction, WriteOutcome, WriteRequest } from "./auditedWrite.js";
import { requireDepartment } from "./authorization.js";
import type { Caller } from "./context.js";
import type { AuditedClient, Department, DepartmentRequest } from "./department.js";
import { badUserInput } from "./errors.js";
import { deprecatedPeriod, figureFields, figurePeriod, figureWhere, visibleFigures, type FigureFilter, type FigureInput, type FigureRow, type FigureStatus } from "./figures.js";
import type { FigureRevisionStatus } from "./generated/contract.js";
import { figureColumns, type FigureColumns } from "./inputRules.js";
import { loaderByKey, loaderGroupedByKey } from "./loaders.js";
import { pageOf, type PageArguments } from "./pagination.js";
import { objectiveReference } from "./references.js";

export type { FigureRevisionStatus };

/** One row of observation_revision. */
export interface FigureRevisionRow extends FigureColumns {
  figureCode: string;
  revision: number;
  status: FigureRevisionStatus;
  recordedAt: Date | null;
  recordedBy: string | null;
  publishedAt: Date | null;
  publishedBy: string | null;
}

/** What a revision is read from: a transaction, or the department's Prisma client. */
export type RawReader = Pick<RawTransaction, "$queryRawUnsafe">;

const VALUE_COLUMNS = [
  ["label", "label"],
  ["value", "value"],
  ["unit", "unit"],
  ["qualifier", "qualifier"],
  ["period_kind", "periodKind"],
  ["period_start", "periodStart"],
  ["period_end", "periodEnd"],
  ["period_label", "periodLabel"],
  ["period_quote", "periodQuote"],
  ["objective_number", "objectiveNumber"],
  ["source_document", "sourceDocument"],
  ["source_ref", "sourceRef"],
  ["source_quote", "sourceQuote"],
  ["pandemic_response", "pandemicResponse"],
] as const satisfies readonly (readonly [string, keyof FigureColumns])[];

const SELECT = [
  `figure_code AS "figureCode"`,
  "revision",
  "status",
  ...VALUE_COLUMNS.map(([column, field]) => `${column} AS "${field}"`),
  `recorded_at AS "recordedAt"`,
  `recorded_by AS "recordedBy"`,
  `published_at AS "publishedAt"`,
  `published_by AS "publishedBy"`,
].join(", ");

const values = (columns: FigureColumns) => VALUE_COLUMNS.map(([, field]) => columns[field]);

/** Columns of the department's own enum types: a parameter for them is cast to the type. */
const ENUM_TYPES: Partial<Record<(typeof VALUE_COLUMNS)[number][0], string>> = { qualifier: "figure_qualifier", period_kind: "period_kind" };

/** The revisions of one department's figures, in its PostgreSQL schema. */
export function figureRevisions(schema: string) {
  const table = `"${schema}"."observation_revision"`;
  /** The placeholder of a value column: its enum type named where it has one. */
  const placeholder = (column: (typeof VALUE_COLUMNS)[number][0], position: number) =>
    ENUM_TYPES[column] ? `$${position}::"${schema}"."${ENUM_TYPES[column]}"` : `$${position}`;
  const insert = `INSERT INTO ${table} (figure_code, revision, status, recorded_at, recorded_by, ${VALUE_COLUMNS.map(([column]) => column).join(", ")})
    VALUES ($1, $2, $3, $4, $5, ${VALUE_COLUMNS.map(([column], index) => placeholder(column, index + 6)).join(", ")})`;

  async function pending(tx: RawReader, code: string): Promise<FigureRevisionRow | null> {
    const [row] = await tx.$queryRawUnsafe<FigureRevisionRow[]>(`SELECT ${SELECT} FROM ${table} WHERE figure_code = $1 AND status = 'DRAFT'`, code);
    return row ?? null;
  }

  return {
    pending,

    /** All revisions of a figure, oldest first (empty while it was never corrected). */
    list: (reader: RawReader, code: string) =>
      reader.$queryRawUnsafe<FigureRevisionRow[]>(`SELECT ${SELECT} FROM ${table} WHERE figure_code = $1 ORDER BY revision`, code),

    /**
     * Records `columns` as the figure's draft revision: the waiting one is replaced, or
     * a new one added (with the published figure kept as revision 1 the first time).
     */
    async propose(tx: RawTransaction, published: FigureColumns & { code: string }, columns: FigureColumns, subject: string): Promise<number> {
      const waiting = await pending(tx, published.code);
      if (waiting) {
        const assignments = VALUE_COLUMNS.map(([column], index) => `${column} = ${placeholder(column, index + 3)}`).join(", ");
        await tx.$executeRawUnsafe(
          `UPDATE ${table} SET recorded_at = now(), recorded_by = $2, ${assignments} WHERE figure_code = $1 AND status = 'DRAFT'`,
          published.code,
          subject,
          ...values(columns),
        );
        return waiting.revision;
      }
      const [{ latest } = { latest: 0 }] = await tx.$queryRawUnsafe<{ latest: number }[]>(
        `SELECT coalesce(max(revision), 0)::int AS latest FROM ${table} WHERE figure_code = $1`,
        published.code,
      );
      if (latest === 0) await tx.$executeRawUnsafe(insert, published.code, 1, "PUBLISHED", null, null, ...values(published));
      const revision = Math.max(latest, 1) + 1;
      await tx.$executeRawUnsafe(insert, published.code, revision, "DRAFT", new Date(), subject, ...values(columns));
      return revision;
    },

    /** Makes the waiting revision the published one; the previous one is superseded. */
    async publish(tx: RawTransaction, code: string, revision: number, subject: string): Promise<void> {
      await tx.$executeRawUnsafe(`UPDATE ${table} SET status = 'SUPERSEDED' WHERE figure_code = $1 AND status = 'PUBLISHED'`, code);
      await tx.$executeRawUnsafe(`UPDATE ${table} SET status = 'PUBLISHED', published_at = now(), published_by = $3 WHERE figure_code = $1 AND revision = $2`, code, revision, subject);
    },
  };
}

const isoTime = (time: Date | string | null) => (time === null ? null : new Date(time).toISOString());

/** Resolvers for FigureRevision's derived fields (identical SDL in every department). */
export const figureRevisionFields = {
  period: deprecatedPeriod,
  statedPeriod: figurePeriod,
  source: (row: FigureRevisionRow) => ({ document: row.sourceDocument, reference: row.sourceRef, quote: row.sourceQuote }),
  recordedAt: (row: FigureRevisionRow) => isoTime(row.recordedAt),
  publishedAt: (row: FigureRevisionRow) => isoTime(row.publishedAt),
};

/** A department's observation row, as far as the workflow needs it. */
export type WorkflowFigure = FigureColumns & { code: string; status: string; synthetic: boolean };

/** One department's observation table, as the workflow uses it inside a transaction. */
export interface FigureTable<Tx, Row extends WorkflowFigure> {
  find(tx: Tx, code: string): Promise<Row | null>;
  create(tx: Tx, data: FigureColumns & { code: string; status: "DRAFT" }): Promise<Row>;
  /** Publishes the figure only while it is a draft; null when it no longer was (a concurrent publish). */
  publish(tx: Tx, code: string): Promise<Row | null>;
  correct(tx: Tx, code: string, data: FigureColumns): Promise<Row>;
}

/** The department's departmentWrite: authorizes, then audits in one transaction. */
export type DepartmentWriter<Tx, Context extends WriteRequest> = <Result>(
  context: Context,
  write: DepartmentWrite,
  perform: (tx: Tx) => Promise<WriteOutcome<Result>>,
) => Promise<Result>;

const FIGURE_FIELDS: readonly (keyof FigureColumns)[] = [
  "label", "value", "unit", "qualifier", "periodKind", "periodStart", "periodEnd", "periodLabel", "periodQuote", "objectiveNumber", "sourceDocument", "sourceRef", "sourceQuote", "pandemicResponse",
];

function columnsOf(row: FigureColumns): FigureColumns {
  return Object.fromEntries(FIGURE_FIELDS.map((field) => [field, row[field]])) as unknown as FigureColumns;
}

export function figureWorkflow<Tx extends RawTransaction, Row extends WorkflowFigure, Context extends WriteRequest>(
  department: string,
  /** How the department names its figures in errors, e.g. "labour figure". */
  noun: string,
  write: DepartmentWriter<Tx, Context>,
  table: FigureTable<Tx, Row>,
) {
  const revisions = figureRevisions(department);
  const existing = async (tx: Tx, id: string): Promise<Row> => {
    const figure = await table.find(tx, id);
    if (!figure) throw badUserInput("id", `no ${noun} has id "${id}"`);
    return figure;
  };
  const request = (action: string, scope: DepartmentWrite["scope"], idempotencyKey: string | null | undefined): DepartmentWrite => ({
    scope,
    action,
    entity: "Observation",
    idempotencyKey,
  });
  // Authorized by departmentWrite before any transaction work runs.
  const subject = (context: Context) => context.caller!.subject;

  /** A published figure's waiting revision becomes what everyone sees. */
  async function publishRevision(tx: Tx, context: Context, before: Row): Promise<WriteOutcome<Row>> {
    const waiting = await revisions.pending(tx, before.code);
    if (!waiting) throw badUserInput("id", `figure "${before.code}" is already published and has no correction waiting to be published`);
    const after = await table.correct(tx, before.code, columnsOf(waiting));
    await revisions.publish(tx, before.code, waiting.revision, subject(context));
    return { result: after, entityId: before.code, before, after: { ...after, revision: waiting.revision } };
  }

  return {
    recordFigure(context: Context, input: FigureInput, idempotencyKey?: string | null): Promise<Row> {
      const columns = figureColumns(input);
      return write(context, request("recordFigure", "write", idempotencyKey), async (tx) => {
        const created = await table.create(tx, { code: `${department}.figure_${crypto.randomUUID().replaceAll("-", "")}`, ...columns, status: "DRAFT" });
        return { result: created, entityId: created.code, before: null, after: created };
      });
    },

    /** Publishes a draft figure, or the correction waiting on a published one. */
    publishFigure(context: Context, id: string, idempotencyKey?: string | null): Promise<Row> {
      return write(context, request("publishFigure", "publish", idempotencyKey), async (tx) => {
        const before = await existing(tx, id);
        if (before.status !== "DRAFT") return publishRevision(tx, context, before);
        const after = await table.publish(tx, id);
        if (!after) throw badUserInput("id", `figure "${id}" is already published`);
        return { result: after, entityId: id, before, after };
      });
    },

    /**
     * Corrects a draft in place. A published figure keeps its values for everyone until
     * the correction, recorded as its draft revision, is published; the answer shows the
     * figure as that revision reads (status DRAFT).
     */
    correctFigure(context: Context, id: string, input: FigureInput, idempotencyKey?: string | null): Promise<Row> {
      const columns = figureColumns(input);
      return write(context, request("correctFigure", "write", idempotencyKey), async (tx) => {
        const before = await existing(tx, id);
        if (before.synthetic) throw badUserInput("id", `figure "${id}" is synthetic benchmark data and cannot be corrected`);
        if (before.status === "DRAFT") {
          const after = await table.correct(tx, id, columns);
          return { result: after, entityId: id, before, after };
        }
        const revision = await revisions.propose(tx, before, columns, subject(context));
        const proposed = { ...before, ...columns, status: "DRAFT" } as Row;
        return { result: proposed, entityId: id, before, after: { ...columns, status: "DRAFT", revision } };
      });
    },

    /**
     * A figure's revisions, oldest first, for its department only; a figure never
     * corrected has one, itself. `find` reads the figure by id outside any transaction.
     */
    async figureRevisionList(context: Context, reader: RawReader, id: string, find: (id: string) => Promise<Row | null>): Promise<FigureRevisionRow[]> {
      requireDepartment(context.caller, department);
      const figure = await find(id);
      if (!figure) throw badUserInput("id", `no ${noun} has id "${id}"`);
      const rows = await revisions.list(reader, figure.code);
      if (rows.length > 0) return rows;
      const status = figure.status === "DRAFT" ? "DRAFT" : "PUBLISHED";
      return [{ figureCode: figure.code, revision: 1, status, ...columnsOf(figure), recordedAt: null, recordedBy: null, publishedAt: null, publishedBy: null }];
    },
  };
}

/** An observation row of a department that takes figures through the graph. */
export type ObservationRow = FigureRow & FigureColumns & { status: FigureStatus; sourceDocument: string };

type Where = Record<string, unknown>;
/** The arguments of the figure mutations (record takes input; publish takes id; correct takes both). */
type FigureWrite = { id?: string; input?: FigureInput; idempotencyKey?: string | null };

/** The observation table as the kit uses it, on the client or in a transaction. */
export interface FigureTableAccess {
  observation: {
    findUnique(args: { where: { code: string } }): PromiseLike<ObservationRow | null>;
    findMany(args: { where: Where; orderBy?: { code: "asc" }; take?: number }): Promise<ObservationRow[]>;
    count(args: { where: Where }): PromiseLike<number>;
    create(args: { data: FigureColumns & { code: string; status: "DRAFT" } }): PromiseLike<ObservationRow>;
    update(args: { where: { code: string }; data: FigureColumns }): PromiseLike<ObservationRow>;
    updateMany(args: { where: { code: string; status: "DRAFT" }; data: { status: "PUBLISHED" } }): PromiseLike<{ count: number }>;
  };
}

/**
 * The prefixes P for which the department's generated `Query` type has the figure
 * fields `${P}Figures` and `${P}FigureRevisions`: a prefix its schema does not have
 * fails the typecheck.
 */
export type FigurePrefix<Query> = {
  [Field in keyof Query]-?: Field extends `${infer Prefix}FigureRevisions` ? (`${Prefix}Figures` extends keyof Query ? Prefix : never) : never;
}[keyof Query] &
  string;

export function departmentFigures<
  Client extends AuditedClient<Tx> & FigureTableAccess & RawTransaction,
  Tx extends RawTransaction & FigureTableAccess,
  Query,
  Prefix extends FigurePrefix<Query>,
>(
  department: Department<Client, Tx, Query>,
  /** Prefix of the figure fields: "socialProtection" for socialProtectionFigures and recordSocialProtectionFigure. */
  prefix: Prefix,
) {
  type Request = DepartmentRequest<Client>;
  /** How errors name the figures: "socialProtection" gives "social protection figure". */
  const noun = `${prefix.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)} figure`;
  const Name = (prefix[0]!.toUpperCase() + prefix.slice(1)) as Capitalize<Prefix>;
  const find = (table: FigureTableAccess, code: string) => table.observation.findUnique({ where: { code } }) as Promise<ObservationRow | null>;
  const observations: FigureTable<Tx, ObservationRow> = {
    find,
    create: (tx, data) => tx.observation.create({ data }) as Promise<ObservationRow>,
    // Only while it is still a draft, so two concurrent publishes never both audit it.
    publish: async (tx, code) =>
      (await tx.observation.updateMany({ where: { code, status: "DRAFT" }, data: { status: "PUBLISHED" } })).count === 1 ? find(tx, code) : null,
    correct: (tx, code, data) => tx.observation.update({ where: { code }, data }) as Promise<ObservationRow>,
  };
  const workflow = figureWorkflow(department.name, noun, department.write, observations);

  /** One page of the department's figures matching the filter and visible to the caller, ordered by id. */
  function findFigurePage(request: Request, filter: FigureFilter | null | undefined, first: number | null | undefined, after: string | null | undefined) {
    // figureWhere last: the filter decides synthetic (visibleFigures alone says the report's only).
    const where: Where = { ...visibleFigures(request.caller, department.name), ...figureWhere(filter) };
    return pageOf(request.prisma.observation, where, first, after);
  }

  /** A figure's revisions, oldest first; only the department may read them. */
  const findFigureRevisions = (request: Request, id: string) => workflow.figureRevisionList(request, request.prisma, id, (code) => find(request.prisma, code));

  // The figure fields of Query, Mutation and Objective, named after the prefix below.
  const figurePage = (_: unknown, { filter, first, after }: { filter?: FigureFilter | null } & PageArguments<unknown>, context: Request) =>
    findFigurePage(context, filter, first, after);
  const figureRevisions = (_: unknown, { id }: { id: string }, context: Request) => findFigureRevisions(context, id);
  const recordFigure = (_: unknown, { input, idempotencyKey }: FigureWrite, context: Request) => workflow.recordFigure(context, input!, idempotencyKey);
  const publishFigure = (_: unknown, { id, idempotencyKey }: FigureWrite, context: Request) => workflow.publishFigure(context, id!, idempotencyKey);
  const correctFigure = (_: unknown, { id, input, idempotencyKey }: FigureWrite, context: Request) => workflow.correctFigure(context, id!, input!, idempotencyKey);
  const objectiveFigures = ({ number }: { number: number }, _: unknown, { loaders }: { loaders: { figuresByObjective: DataLoader<number, ObservationRow[]> } }) =>
    loaders.figuresByObjective.load(number);

  return {
    recordFigure: workflow.recordFigure,
    publishFigure: workflow.publishFigure,
    correctFigure: workflow.correctFigure,

    /** A Prisma where input: drafts only for this department, never the synthetic volume. */
    visibleTo: (caller: Caller | null) => visibleFigures(caller, department.name),

    /** The figure loaders of a request, with the draft rule: by id, and by objective. */
    loaders(prisma: Client, caller: Caller | null) {
      const visible = visibleFigures(caller, department.name);
      return {
        figure: loaderByKey("code", (ids: string[]) => prisma.observation.findMany({ where: { code: { in: ids }, ...visible } })),
        figuresByObjective: loaderGroupedByKey("objectiveNumber", (numbers: number[]) =>
          prisma.observation.findMany({ where: { objectiveNumber: { in: numbers }, ...visible }, orderBy: { code: "asc" } }),
        ),
      };
    },

    findFigurePage,
    findFigureRevisions,

    /**
     * The figure fields of Query, Mutation and Objective, named after the prefix
     * (borderFigures, recordBorderFigure...), for the department's resolvers to spread.
     */
    fields: {
      // Computed keys read as any string to the compiler; the casts name them from the prefix.
      Query: {
        [`${prefix}Figures`]: figurePage,
        [`${prefix}FigureRevisions`]: figureRevisions,
      } as Record<`${Prefix}Figures`, typeof figurePage> & Record<`${Prefix}FigureRevisions`, typeof figureRevisions>,
      Mutation: {
        [`record${Name}Figure`]: recordFigure,
        [`publish${Name}Figure`]: publishFigure,
        [`correct${Name}Figure`]: correctFigure,
      } as Record<`record${Capitalize<Prefix>}Figure`, typeof recordFigure> &
        Record<`publish${Capitalize<Prefix>}Figure`, typeof publishFigure> &
        Record<`correct${Capitalize<Prefix>}Figure`, typeof correctFigure>,
      Objective: { [`${prefix}Figures`]: objectiveFigures } as Record<`${Prefix}Figures`, typeof objectiveFigures>,
    },

    /** Resolvers of the figure types every such department shares. */
    resolvers: {
      Observation: {
        ...figureFields,
        objective: (observation: FigureRow) => objectiveReference(observation.objectiveNumber),
      },
      FigureRevision: figureRevisionFields,
    },
  };
}
