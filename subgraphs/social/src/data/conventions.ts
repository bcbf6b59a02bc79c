import { countryIso, equalityConditions, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { SocialSecurityConventionFilter } from "../generated/graphql.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { SocialPrisma } from "../prisma.js";

export function conventionWhere(filter: SocialSecurityConventionFilter | null | undefined): Prisma.SocialSecurityConventionWhereInput {
  const where: Prisma.SocialSecurityConventionWhereInput = equalityConditions(filter, ["kind", "status"]);
  if (filter?.country != null) where.countries = { some: { countryIso: countryIso("filter.country", filter.country) } };
  return where;
}

/** One page of social security conventions matching the filter, ordered by code, with the total count. */
export function findConventionPage(prisma: SocialPrisma, { filter, first, after }: PageArguments<SocialSecurityConventionFilter>) {
  return pageOf(prisma.socialSecurityConvention, conventionWhere(filter), first, after);
}
