// The integration department's figure workflow: record a draft, publish it, correct it.
// Each write is authorized here, where the data lives, and runs through the kit's
// auditedWrite (see departmentWrite.ts): one transaction with its audit entry and
// idempotency key.
import crypto from "node:crypto";
import { badUserInput, figureColumns, type FigureInput, type Scope, type WriteOutcome } from "@gcm-hub/kit";
import type { Observation } from "../generated/prisma/client.js";
import type { IntegrationTransaction as Tx } from "../prisma.js";
import { DEPARTMENT, departmentWrite, type WriteContext } from "./departmentWrite.js";
import { isPrismaError, NOT_FOUND } from "./prismaErrors.js";

function write<Result>(context: WriteContext, scope: Scope, action: string, idempotencyKey: string | null | undefined, perform: (tx: Tx) => Promise<WriteOutcome<Result>>) {
  return departmentWrite(context, { scope, action, entity: "Observation", idempotencyKey }, perform);
}

async function existingFigure(tx: Tx, id: string): Promise<Observation> {
  const figure = await tx.observation.findUnique({ where: { code: id } });
  if (!figure) throw badUserInput("id", `no integration figure has id "${id}"`);
  return figure;
}

export function recordFigure(context: WriteContext, input: FigureInput, idempotencyKey?: string | null): Promise<Observation> {
  const columns = figureColumns(input);
  return write(context, "write", "recordFigure", idempotencyKey, async (tx) => {
    const created = await tx.observation.create({
      data: { code: `${DEPARTMENT}.figure_${crypto.randomUUID().replaceAll("-", "")}`, ...columns, status: "DRAFT" },
    });
    return { result: created, entityId: created.code, before: null, after: created };
  });
}

export function publishFigure(context: WriteContext, id: string, idempotencyKey?: string | null): Promise<Observation> {
  return write(context, "publish", "publishFigure", idempotencyKey, async (tx) => {
    const before = await existingFigure(tx, id);
    if (before.status === "PUBLISHED") throw badUserInput("id", `figure "${id}" is already published`);
    try {
      // Only while it is still a draft, so two concurrent publications never both audit it.
      const after = await tx.observation.update({ where: { code: id, status: "DRAFT" }, data: { status: "PUBLISHED" } });
      return { result: after, entityId: id, before, after };
    } catch (error) {
      if (isPrismaError(error, NOT_FOUND)) throw badUserInput("id", `figure "${id}" is already published`);
      throw error;
    }
  });
}

export function correctFigure(context: WriteContext, id: string, input: FigureInput, idempotencyKey?: string | null): Promise<Observation> {
  const columns = figureColumns(input);
  return write(context, "write", "correctFigure", idempotencyKey, async (tx) => {
    const before = await existingFigure(tx, id);
    if (before.synthetic) throw badUserInput("id", `figure "${id}" is synthetic benchmark data and cannot be corrected`);
    const after = await tx.observation.update({ where: { code: id }, data: columns });
    return { result: after, entityId: id, before, after };
  });
}
