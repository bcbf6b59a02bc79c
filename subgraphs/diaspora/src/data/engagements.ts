import { badUserInput, equalityConditions, objectiveArgument, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { Prisma } from "../generated/prisma/client.js";
import type { InternationalEngagementFilter } from "../generated/graphql.js";
import type { DiasporaPrisma } from "../prisma.js";

export function internationalEngagementWhere(filter: InternationalEngagementFilter | null | undefined): Prisma.InternationalEngagementWhereInput {
  const where: Prisma.InternationalEngagementWhereInput = equalityConditions(filter, ["kind", "portugalRole", "status"]);
  if (filter?.objective != null) where.objectiveNumbers = { has: objectiveArgument("filter.objective", filter.objective) };
  if (filter?.year != null) {
    if (filter.year < 1900 || filter.year > 2100) throw badUserInput("filter.year", `must be a four-digit year, got ${filter.year}`);
    where.year = filter.year;
  }
  return where;
}

/** One page of international engagements matching the filter, ordered by code, with the total count. */
export function findInternationalEngagementPage(prisma: DiasporaPrisma, { filter, first, after }: PageArguments<InternationalEngagementFilter>) {
  return pageOf(prisma.internationalEngagement, internationalEngagementWhere(filter), first, after);
}
