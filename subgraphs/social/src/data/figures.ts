import { pageRequest, toConnection } from "@gcm-hub/kit";
import type { Prisma } from "../generated/prisma/client.js";
import type { SocialPrisma } from "../prisma.js";
import { assertObjectiveNumber } from "./objectives.js";

export interface FigureFilter {
  objective?: number | null;
  pandemicResponse?: boolean | null;
}

export function figureWhere(filter: FigureFilter | null | undefined): Prisma.ObservationWhereInput {
  if (!filter) return {};
  const where: Prisma.ObservationWhereInput = {};
  if (filter.objective != null) {
    assertObjectiveNumber("filter.objective", filter.objective);
    where.objectiveNumber = filter.objective;
  }
  if (filter.pandemicResponse != null) where.pandemicResponse = filter.pandemicResponse;
  return where;
}

/** One page of figures matching the filter, ordered by code (the Observation id), with the total count. */
export async function findFigurePage(
  prisma: SocialPrisma,
  filter: FigureFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const page = pageRequest(first, after);
  const where = figureWhere(filter);
  const keyed: Prisma.ObservationWhereInput = page.afterKey === null ? where : { AND: [where, { code: { gt: page.afterKey } }] };
  const [rows, totalCount] = await Promise.all([
    prisma.observation.findMany({ where: keyed, orderBy: { code: "asc" }, take: page.take + 1 }),
    prisma.observation.count({ where }),
  ]);
  return toConnection(rows, page, (row) => row.code, totalCount);
}
