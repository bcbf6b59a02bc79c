import { countryIso, objectiveArgument, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { LabourInspectionCampaignFilter } from "../generated/graphql.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { LabourPrisma } from "../prisma.js";

export function campaignWhere(filter: LabourInspectionCampaignFilter | null | undefined): Prisma.InspectionCampaignWhereInput {
  const where: Prisma.InspectionCampaignWhereInput = {};
  if (filter?.sector != null) where.sectors = { some: { sector: filter.sector } };
  if (filter?.department != null) where.bodies = { some: { departmentCode: filter.department } };
  if (filter?.country != null) where.countries = { some: { countryIso: countryIso("filter.country", filter.country) } };
  if (filter?.objective != null) where.objectiveNumber = objectiveArgument("filter.objective", filter.objective);
  return where;
}

/** One page of inspection campaigns matching the filter, ordered by code, with the total count. */
export function findCampaignPage(prisma: LabourPrisma, { filter, first, after }: PageArguments<LabourInspectionCampaignFilter>) {
  return pageOf(prisma.inspectionCampaign, campaignWhere(filter), first, after);
}
