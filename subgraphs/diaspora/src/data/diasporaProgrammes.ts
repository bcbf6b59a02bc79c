import type { Prisma } from "../generated/prisma/client.js";
import type { DiasporaProgrammeFilter } from "../generated/graphql.js";
import type { DiasporaPrisma } from "../prisma.js";
import { objectiveArgument, pageOf, type PageArguments } from "@gcm-hub/kit";

export function diasporaProgrammeWhere(filter: DiasporaProgrammeFilter | null | undefined): Prisma.DiasporaProgrammeWhereInput {
  const where: Prisma.DiasporaProgrammeWhereInput = {};
  if (filter?.kind != null) where.kind = filter.kind;
  if (filter?.status != null) where.status = filter.status;
  if (filter?.audience != null) where.audiences = { has: filter.audience };
  if (filter?.objective != null) where.objectiveNumbers = { has: objectiveArgument("filter.objective", filter.objective) };
  return where;
}

/** One page of diaspora programmes matching the filter, ordered by code, with the total count. */
export function findDiasporaProgrammePage(prisma: DiasporaPrisma, { filter, first, after }: PageArguments<DiasporaProgrammeFilter>) {
  return pageOf(prisma.diasporaProgramme, diasporaProgrammeWhere(filter), first, after);
}
