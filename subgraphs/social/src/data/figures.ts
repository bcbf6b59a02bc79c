import { afterCode, type FigureFilter, figureWhere, pageByCode } from "@gcm-hub/kit";
import type { SocialPrisma } from "../prisma.js";

/** One page of the department's figures matching the filter, ordered by code (the Observation id). */
export function findFigurePage(
  prisma: SocialPrisma,
  filter: FigureFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const where = figureWhere(filter);
  return pageByCode(first, after, {
    rows: (afterKey, take) => prisma.observation.findMany({ where: { ...where, ...afterCode(afterKey) }, orderBy: { code: "asc" }, take }),
    count: () => prisma.observation.count({ where }),
  });
}
