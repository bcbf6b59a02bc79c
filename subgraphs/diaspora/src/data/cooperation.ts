import { countryIso, fieldsSet, objectiveArgument, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { CooperationAgreementFilter, DevelopmentProjectFilter } from "../generated/graphql.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { DiasporaPrisma } from "../prisma.js";
export function cooperationAgreementWhere(filter: CooperationAgreementFilter | null | undefined): Prisma.CooperationAgreementWhereInput {
  const where: Prisma.CooperationAgreementWhereInput = fieldsSet(filter, ["kind", "status"]);
  if (filter?.country != null) where.countries = { some: { countryIso: countryIso("filter.country", filter.country) } };
  if (filter?.objective != null) where.objectiveNumbers = { has: objectiveArgument("filter.objective", filter.objective) };
  return where;
}

/** One page of cooperation agreements matching the filter, ordered by code, with the total count. */
export function findCooperationAgreementPage(prisma: DiasporaPrisma, { filter, first, after }: PageArguments<CooperationAgreementFilter>) {
  return pageOf(prisma.cooperationAgreement, cooperationAgreementWhere(filter), first, after);
}

export function developmentProjectWhere(filter: DevelopmentProjectFilter | null | undefined): Prisma.DevelopmentProjectWhereInput {
  const where: Prisma.DevelopmentProjectWhereInput = fieldsSet(filter, ["focus", "status"]);
  if (filter?.country != null) where.countries = { some: { countryIso: countryIso("filter.country", filter.country) } };
  if (filter?.objective != null) where.objectiveNumbers = { has: objectiveArgument("filter.objective", filter.objective) };
  return where;
}

/** One page of development projects matching the filter, ordered by code, with the total count. */
export function findDevelopmentProjectPage(prisma: DiasporaPrisma, { filter, first, after }: PageArguments<DevelopmentProjectFilter>) {
  return pageOf(prisma.developmentProject, developmentProjectWhere(filter), first, after);
}
