// The border department's figure workflow: record a draft, publish it, correct it.
import crypto from "node:crypto";
import { badUserInput, figureColumns, type FigureInput, type Scope } from "@gcm-hub/kit";
import type { Observation } from "../generated/prisma/client.js";
import type { BorderTransaction as Tx } from "../prisma.js";
import { DEPARTMENT, departmentWrite, type WriteContext } from "./departmentWrite.js";

const figureWrite = (scope: Scope, action: string, idempotencyKey: string | null | undefined) => ({ scope, action, entity: "Observation", idempotencyKey });

async function existingFigure(tx: Tx, id: string): Promise<Observation> {
  const figure = await tx.observation.findUnique({ where: { code: id } });
  if (!figure) throw badUserInput("id", `no border figure has id "${id}"`);
  return figure;
}

export function recordFigure(context: WriteContext, input: FigureInput, idempotencyKey?: string | null): Promise<Observation> {
  const columns = figureColumns(input);
  return departmentWrite(context, figureWrite("write", "recordFigure", idempotencyKey), async (tx) => {
    const created = await tx.observation.create({
      data: { code: `${DEPARTMENT}.figure_${crypto.randomUUID().replaceAll("-", "")}`, ...columns, status: "DRAFT" },
    });
    return { result: created, entityId: created.code, before: null, after: created };
  });
}

export function publishFigure(context: WriteContext, id: string, idempotencyKey?: string | null): Promise<Observation> {
  return departmentWrite(context, figureWrite("publish", "publishFigure", idempotencyKey), async (tx) => {
    const before = await existingFigure(tx, id);
    if (before.status === "PUBLISHED") throw badUserInput("id", `figure "${id}" is already published`);
    const after = await tx.observation.update({ where: { code: id }, data: { status: "PUBLISHED" } });
    return { result: after, entityId: id, before, after };
  });
}

export function correctFigure(context: WriteContext, id: string, input: FigureInput, idempotencyKey?: string | null): Promise<Observation> {
  const columns = figureColumns(input);
  return departmentWrite(context, figureWrite("write", "correctFigure", idempotencyKey), async (tx) => {
    const before = await existingFigure(tx, id);
    if (before.synthetic) throw badUserInput("id", `figure "${id}" is synthetic benchmark data and cannot be corrected`);
    const after = await tx.observation.update({ where: { code: id }, data: columns });
    return { result: after, entityId: id, before, after };
  });
}
