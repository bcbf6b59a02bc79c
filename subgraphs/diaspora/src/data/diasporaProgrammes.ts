import { equalityConditions, objectiveArgument, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { DiasporaProgrammeFilter } from "../generated/graphql.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { DiasporaPrisma } from "../prisma.js";

export function diasporaProgrammeWhere(filter: DiasporaProgrammeFilter | null | undefined): Prisma.DiasporaProgrammeWhereInput {
  const where: Prisma.DiasporaProgrammeWhereInput = equalityConditions(filter, ["kind", "status"]);
  if (filter?.audience != null) where.audiences = { has: filter.audience };
  if (filter?.objective != null) where.objectiveNumbers = { has: objectiveArgument("filter.objective", filter.objective) };
  return where;
}

/** One page of diaspora programmes matching the filter, ordered by code, with the total count. */
export function findDiasporaProgrammePage(prisma: DiasporaPrisma, { filter, first, after }: PageArguments<DiasporaProgrammeFilter>) {
  return pageOf(prisma.diasporaProgramme, diasporaProgrammeWhere(filter), first, after);
}
