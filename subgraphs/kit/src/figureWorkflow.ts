// The figure workflow every department runs on its own observation table: record
// a draft (scope write), publish it (scope publish), correct it (scope write).
// The department supplies its table and its departmentWrite; the rules live here once.
import crypto from "node:crypto";
import type { DepartmentWrite, WriteOutcome, WriteRequest } from "./auditedWrite.js";
import { badUserInput } from "./errors.js";
import { figureColumns, type FigureColumns, type FigureInput } from "./figures.js";

/** One department's observation table, as the workflow uses it inside a transaction. */
export interface FigureTable<Tx, Row extends { code: string; status: string; synthetic: boolean }> {
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

export function figureWorkflow<Tx, Row extends { code: string; status: string; synthetic: boolean }, Context extends WriteRequest>(
  department: string,
  /** How the department names its figures in errors, e.g. "labour figure". */
  noun: string,
  write: DepartmentWriter<Tx, Context>,
  table: FigureTable<Tx, Row>,
) {
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

  return {
    recordFigure(context: Context, input: FigureInput, idempotencyKey?: string | null): Promise<Row> {
      const columns = figureColumns(input);
      return write(context, request("recordFigure", "write", idempotencyKey), async (tx) => {
        const created = await table.create(tx, { code: `${department}.figure_${crypto.randomUUID().replaceAll("-", "")}`, ...columns, status: "DRAFT" });
        return { result: created, entityId: created.code, before: null, after: created };
      });
    },

    publishFigure(context: Context, id: string, idempotencyKey?: string | null): Promise<Row> {
      return write(context, request("publishFigure", "publish", idempotencyKey), async (tx) => {
        const before = await existing(tx, id);
        const after = before.status === "DRAFT" ? await table.publish(tx, id) : null;
        if (!after) throw badUserInput("id", `figure "${id}" is already published`);
        return { result: after, entityId: id, before, after };
      });
    },

    correctFigure(context: Context, id: string, input: FigureInput, idempotencyKey?: string | null): Promise<Row> {
      const columns = figureColumns(input);
      return write(context, request("correctFigure", "write", idempotencyKey), async (tx) => {
        const before = await existing(tx, id);
        if (before.synthetic) throw badUserInput("id", `figure "${id}" is synthetic benchmark data and cannot be corrected`);
        const after = await table.correct(tx, id, columns);
        return { result: after, entityId: id, before, after };
      });
    },
  };
}
