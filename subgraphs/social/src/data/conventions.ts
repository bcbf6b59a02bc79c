import { pageOf, type PageArguments } from "@gcm-hub/kit";
import type { Prisma } from "../generated/prisma/client.js";
import type { ConventionKind, ConventionStatus } from "../generated/prisma/enums.js";
import type { SocialPrisma } from "../prisma.js";
import { isoArgument } from "./countries.js";

export interface SocialSecurityConventionFilter {
  kind?: ConventionKind | null;
  status?: ConventionStatus | null;
  country?: string | null;
}

export function conventionWhere(filter: SocialSecurityConventionFilter | null | undefined): Prisma.SocialSecurityConventionWhereInput {
  if (!filter) return {};
  const where: Prisma.SocialSecurityConventionWhereInput = {};
  if (filter.kind != null) where.kind = filter.kind;
  if (filter.status != null) where.status = filter.status;
  if (filter.country != null) where.countries = { some: { countryIso: isoArgument("filter.country", filter.country) } };
  return where;
}

/** One page of social security conventions matching the filter, ordered by code, with the total count. */
export function findConventionPage(prisma: SocialPrisma, { filter, first, after }: PageArguments<SocialSecurityConventionFilter>) {
  return pageOf(prisma.socialSecurityConvention, conventionWhere(filter), first, after);
}
