import { afterCode, figureWhere, pageByCode, type Caller, type FigureFilter } from "@gcm-hub/kit";
import type { IntegrationPrisma } from "../prisma.js";
import { DEPARTMENT } from "./departmentWrite.js";

/** Drafts are seen only by the integration department; everyone else sees published figures. */
export function visibleFigures(caller: Caller | null): { status?: "PUBLISHED" } {
  return caller?.department === DEPARTMENT ? {} : { status: "PUBLISHED" };
}

/** One page of the department's figures matching the filter, ordered by code (the Observation id). */
export function findFigurePage(
  prisma: IntegrationPrisma,
  caller: Caller | null,
  filter: FigureFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const where = { ...figureWhere(filter), ...visibleFigures(caller) };
  return pageByCode(
    first,
    after,
    (afterKey, take) => prisma.observation.findMany({ where: afterCode(where, afterKey), orderBy: { code: "asc" }, take }),
    () => prisma.observation.count({ where }),
  );
}
