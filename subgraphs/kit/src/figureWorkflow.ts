// The figure workflow every department runs on its own observation table: record
// a draft (scope write), publish it (scope publish), correct it (scope write). A draft
// is corrected in place; a published figure is corrected by a new draft revision that
// the public does not see until a publish caller publishes it (figureRevisions.ts).
// The department supplies its table and its departmentWrite; the rules live here once.
import crypto from "node:crypto";
import type { DepartmentWrite, RawTransaction, WriteOutcome, WriteRequest } from "./auditedWrite.js";
import { requireDepartment } from "./authorization.js";
import { badUserInput } from "./errors.js";
import { figureRevisions, type FigureRevisionRow, type RawReader } from "./figureRevisions.js";
import type { FigureInput } from "./figures.js";
import { figureColumns, type FigureColumns } from "./inputRules.js";

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
  "label", "value", "unit", "qualifier", "periodKind", "periodStart", "periodEnd", "periodLabel", "objectiveNumber", "sourceDocument", "sourceRef", "sourceQuote", "pandemicResponse",
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
