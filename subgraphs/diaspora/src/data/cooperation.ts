import type { Prisma } from "../generated/prisma/client.js";
import type { CooperationAgreementFilter, DevelopmentProjectFilter } from "../generated/graphql.js";
import type { DiasporaPrisma } from "../prisma.js";
import { isoArgument } from "./countries.js";
import { objectiveArgument, pageOf, type PageArguments } from "@gcm-hub/kit";

export function cooperationAgreementWhere(filter: CooperationAgreementFilter | null | undefined): Prisma.CooperationAgreementWhereInput {
  const where: Prisma.CooperationAgreementWhereInput = {};
  if (filter?.kind != null) where.kind = filter.kind;
  if (filter?.status != null) where.status = filter.status;
  if (filter?.country != null) where.countries = { some: { countryIso: isoArgument("filter.country", filter.country) } };
  if (filter?.objective != null) where.objectiveNumbers = { has: objectiveArgument("filter.objective", filter.objective) };
  return where;
}

/** One page of cooperation agreements matching the filter, ordered by code, with the total count. */
export function findCooperationAgreementPage(prisma: DiasporaPrisma, { filter, first, after }: PageArguments<CooperationAgreementFilter>) {
  return pageOf(prisma.cooperationAgreement, cooperationAgreementWhere(filter), first, after);
}

export function developmentProjectWhere(filter: DevelopmentProjectFilter | null | undefined): Prisma.DevelopmentProjectWhereInput {
  const where: Prisma.DevelopmentProjectWhereInput = {};
  if (filter?.focus != null) where.focus = filter.focus;
  if (filter?.status != null) where.status = filter.status;
  if (filter?.country != null) where.countries = { some: { countryIso: isoArgument("filter.country", filter.country) } };
  if (filter?.objective != null) where.objectiveNumbers = { has: objectiveArgument("filter.objective", filter.objective) };
  return where;
}

/** One page of development projects matching the filter, ordered by code, with the total count. */
export function findDevelopmentProjectPage(prisma: DiasporaPrisma, { filter, first, after }: PageArguments<DevelopmentProjectFilter>) {
  return pageOf(prisma.developmentProject, developmentProjectWhere(filter), first, after);
}
