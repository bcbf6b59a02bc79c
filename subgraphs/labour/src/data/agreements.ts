import { countryIso, equalityConditions, objectiveArgument, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { LabourMobilityAgreementFilter } from "../generated/graphql.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { LabourPrisma } from "../prisma.js";

export function agreementWhere(filter: LabourMobilityAgreementFilter | null | undefined): Prisma.LabourMobilityAgreementWhereInput {
  const where: Prisma.LabourMobilityAgreementWhereInput = equalityConditions(filter, ["status", "kind"]);
  if (filter?.country != null) where.countries = { some: { countryIso: countryIso("filter.country", filter.country) } };
  if (filter?.objective != null) where.objectives = { some: { objectiveNumber: objectiveArgument("filter.objective", filter.objective) } };
  return where;
}

/** One page of agreements matching the filter, ordered by code, with the total count. */
export function findAgreementPage(prisma: LabourPrisma, { filter, first, after }: PageArguments<LabourMobilityAgreementFilter>) {
  return pageOf(prisma.labourMobilityAgreement, agreementWhere(filter), first, after);
}
