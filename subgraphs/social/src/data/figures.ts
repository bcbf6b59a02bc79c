import { afterCode, figureWhere, pageByCode, type FigureFilter } from "@gcm-hub/kit";
import type { SocialPrisma } from "../prisma.js";

/** One page of the department's figures matching the filter, ordered by code (the Observation id). */
export function findFigurePage(
  prisma: SocialPrisma,
  filter: FigureFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const where = figureWhere(filter);
  return pageByCode(
    first,
    after,
    (afterKey, take) => prisma.observation.findMany({ where: afterCode(where, afterKey), orderBy: { code: "asc" }, take }),
    () => prisma.observation.count({ where }),
  );
}
