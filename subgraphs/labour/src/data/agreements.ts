import { objectiveArgument, countryIso, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { Prisma } from "../generated/prisma/client.js";
import type { LabourMobilityAgreementKind, LabourMobilityAgreementStatus } from "../generated/prisma/enums.js";
import type { LabourPrisma } from "../prisma.js";

export interface LabourMobilityAgreementFilter {
  status?: LabourMobilityAgreementStatus | null;
  kind?: LabourMobilityAgreementKind | null;
  country?: string | null;
  objective?: number | null;
}

export function agreementWhere(filter: LabourMobilityAgreementFilter | null | undefined): Prisma.LabourMobilityAgreementWhereInput {
  if (!filter) return {};
  const where: Prisma.LabourMobilityAgreementWhereInput = {};
  if (filter.status != null) where.status = filter.status;
  if (filter.kind != null) where.kind = filter.kind;
  if (filter.country != null) where.countries = { some: { countryIso: countryIso("filter.country", filter.country) } };
  if (filter.objective != null) where.objectives = { some: { objectiveNumber: objectiveArgument("filter.objective", filter.objective) } };
  return where;
}

/** One page of agreements matching the filter, ordered by code, with the total count. */
export function findAgreementPage(prisma: LabourPrisma, { filter, first, after }: PageArguments<LabourMobilityAgreementFilter>) {
  return pageOf(prisma.labourMobilityAgreement, agreementWhere(filter), first, after);
}
