// The labour department's figure workflow: record a draft, publish it, correct it.
// Each write is authorized here, where the data lives, and runs through the kit's
// auditedWrite: one transaction with its audit entry and idempotency key.
import crypto from "node:crypto";
import { auditedWrite, authorize, badUserInput, figureColumns, type Caller, type FigureInput } from "@gcm-hub/kit";
import type { Observation } from "../generated/prisma/client.js";
import type { LabourPrisma, LabourTransaction as Tx } from "../prisma.js";

export const DEPARTMENT = "labour";
const TRANSACTION = { timeout: 15_000, maxWait: 15_000 };

export interface WriteContext {
  prisma: LabourPrisma;
  caller: Caller | null;
  requestId: string;
}

function write<Result>(context: WriteContext, scope: "write" | "publish", action: string, idempotencyKey: string | null | undefined, perform: (tx: Tx) => Promise<{ result: Result; entityId: string; before: unknown; after: unknown }>) {
  const caller = authorize(context.caller, DEPARTMENT, scope);
  return auditedWrite<Tx, Result>((work) => context.prisma.$transaction(work, TRANSACTION), {
    schema: DEPARTMENT,
    caller,
    requestId: context.requestId,
    action,
    entity: "Observation",
    idempotencyKey,
    perform,
  });
}

async function existingFigure(tx: Tx, id: string): Promise<Observation> {
  const figure = await tx.observation.findUnique({ where: { code: id } });
  if (!figure) throw badUserInput("id", `no labour figure has id "${id}"`);
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
    const after = await tx.observation.update({ where: { code: id }, data: { status: "PUBLISHED" } });
    return { result: after, entityId: id, before, after };
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
