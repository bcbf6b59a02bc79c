// The figures every department exposes as `<department>Figures(filter, first, after)`:
// the FigureFilter input turned into a condition on the observation table.
import { assertObjectiveNumber } from "./references.js";

export interface FigureFilter {
  objective?: number | null;
  pandemicResponse?: boolean | null;
}

/** Columns of the observation table the filter constrains (a Prisma where input). */
export interface FigureWhere {
  objectiveNumber?: number;
  pandemicResponse?: boolean;
}

export function figureWhere(filter: FigureFilter | null | undefined): FigureWhere {
  const where: FigureWhere = {};
  if (filter?.objective != null) {
    assertObjectiveNumber("filter.objective", filter.objective);
    where.objectiveNumber = filter.objective;
  }
  if (filter?.pandemicResponse != null) where.pandemicResponse = filter.pandemicResponse;
  return where;
}
