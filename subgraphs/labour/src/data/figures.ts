import { afterCode, type Caller, type FigureFilter, figureWhere, pageByCode, required, visibleFigures } from "@gcm-hub/kit";
import type { Observation } from "../generated/prisma/client.js";
import type { LabourLoaders } from "../loaders.js";
import type { LabourPrisma } from "../prisma.js";
import { DEPARTMENT } from "./departmentWrite.js";

/** One page of the department's figures matching the filter, ordered by code (the Observation id). */
export function findFigurePage(
  prisma: LabourPrisma,
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

/**
 * The figure a campaign or portfolio names in its NOT NULL foreign key to observation.
 * The database guarantees the row, so a miss is a broken invariant: an internal error
 * (masked for clients and logged by the kit), never null for a non-null field.
 */
export async function referencedFigure(loaders: LabourLoaders, code: string): Promise<Observation> {
  return required(await loaders.figure.load(code), `labour observation "${code}", referenced by a foreign key,`);
}
