// The diaspora department's figure workflow (record a draft, publish it, correct it):
// the kit's figureWorkflow on this department's observation table.
import { figureWorkflow, type FigureTable } from "@gcm-hub/kit";
import type { Observation } from "../generated/prisma/client.js";
import type { DiasporaTransaction } from "../prisma.js";
import { DEPARTMENT, departmentWrite, type WriteContext } from "./departmentWrite.js";

const observations: FigureTable<DiasporaTransaction, Observation> = {
  find: (tx, code) => tx.observation.findUnique({ where: { code } }),
  create: (tx, data) => tx.observation.create({ data }),
  // Only while it is still a draft, so two concurrent publishes never both audit it.
  publish: async (tx, code) =>
    (await tx.observation.updateMany({ where: { code, status: "DRAFT" }, data: { status: "PUBLISHED" } })).count === 1
      ? tx.observation.findUnique({ where: { code } })
      : null,
  correct: (tx, code, data) => tx.observation.update({ where: { code }, data }),
};

const workflow = figureWorkflow(DEPARTMENT, "diaspora figure", departmentWrite, observations);

export const { recordFigure, publishFigure, correctFigure } = workflow;

/** A figure's revisions, oldest first; only the department may read them. */
export function findFigureRevisions(context: WriteContext, id: string) {
  return workflow.figureRevisionList(context, context.prisma, id, (code) => context.prisma.observation.findUnique({ where: { code } }));
}
