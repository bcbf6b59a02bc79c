import { afterCode, type Caller, type FigureFilter, figureWhere, pageByCode, visibleFigures } from "@gcm-hub/kit";
import type { DiasporaPrisma } from "../prisma.js";
import { DEPARTMENT } from "./departmentWrite.js";

/** One page of the department's figures matching the filter and visible to the caller, ordered by code (the Observation id). */
export function findFigurePage(
  prisma: DiasporaPrisma,
  caller: Caller | null,
  filter: FigureFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  // figureWhere last: the filter decides synthetic (visibleFigures alone says the report's only).
  const where = { ...visibleFigures(caller, DEPARTMENT), ...figureWhere(filter) };
  return pageByCode(
    first,
    after,
    (afterKey, take) => prisma.observation.findMany({ where: afterCode(where, afterKey), orderBy: { code: "asc" }, take }),
    () => prisma.observation.count({ where }),
  );
}
