import { pageOf, type PageArguments } from "@gcm-hub/kit";
import type { Prisma } from "../generated/prisma/client.js";
import type { SocialMeasureStatus, SocialSupportMeasureKind } from "../generated/prisma/enums.js";
import type { SocialPrisma } from "../prisma.js";

export interface SocialSupportMeasureFilter {
  kind?: SocialSupportMeasureKind | null;
  status?: SocialMeasureStatus | null;
  pandemicResponse?: boolean | null;
}

export function socialSupportMeasureWhere(filter: SocialSupportMeasureFilter | null | undefined): Prisma.SocialSupportMeasureWhereInput {
  if (!filter) return {};
  const where: Prisma.SocialSupportMeasureWhereInput = {};
  if (filter.kind != null) where.kind = filter.kind;
  if (filter.status != null) where.status = filter.status;
  if (filter.pandemicResponse != null) where.pandemicResponse = filter.pandemicResponse;
  return where;
}

/** One page of social-support measures matching the filter, ordered by code, with the total count. */
export function findSocialSupportMeasurePage(prisma: SocialPrisma, { filter, first, after }: PageArguments<SocialSupportMeasureFilter>) {
  return pageOf(prisma.socialSupportMeasure, socialSupportMeasureWhere(filter), first, after);
}
