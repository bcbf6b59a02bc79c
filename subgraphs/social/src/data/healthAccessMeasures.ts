import { pageOf, type PageArguments } from "@gcm-hub/kit";
import type { Prisma } from "../generated/prisma/client.js";
import type { HealthAccessMeasureKind, SocialMeasureStatus } from "../generated/prisma/enums.js";
import type { SocialPrisma } from "../prisma.js";

export interface HealthAccessMeasureFilter {
  kind?: HealthAccessMeasureKind | null;
  status?: SocialMeasureStatus | null;
  pandemicResponse?: boolean | null;
}

export function healthAccessMeasureWhere(filter: HealthAccessMeasureFilter | null | undefined): Prisma.HealthAccessMeasureWhereInput {
  if (!filter) return {};
  const where: Prisma.HealthAccessMeasureWhereInput = {};
  if (filter.kind != null) where.kind = filter.kind;
  if (filter.status != null) where.status = filter.status;
  if (filter.pandemicResponse != null) where.pandemicResponse = filter.pandemicResponse;
  return where;
}

/** One page of health-access measures matching the filter, ordered by code, with the total count. */
export function findHealthAccessMeasurePage(prisma: SocialPrisma, { filter, first, after }: PageArguments<HealthAccessMeasureFilter>) {
  return pageOf(prisma.healthAccessMeasure, healthAccessMeasureWhere(filter), first, after);
}
