// Pages of the department's development cooperation: agreements and projects, each
// filtered by its own fields, a partner or project country, and an objective.
import { countryIso, equalityConditions, objectiveArgument, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { CooperationAgreementFilter, DevelopmentProjectFilter } from "../generated/graphql.js";
import type { DiasporaPrisma } from "../prisma.js";

/** The filter's equality fields (`keys`), its country (through the record's countries) and its objective, checked. */
function cooperationWhere<Filter extends { country?: string | null; objective?: number | null }>(filter: Filter | null | undefined, keys: readonly (keyof Filter)[]) {
  return {
    ...equalityConditions(filter, keys),
    ...(filter?.country != null ? { countries: { some: { countryIso: countryIso("filter.country", filter.country) } } } : {}),
    ...(filter?.objective != null ? { objectiveNumbers: { has: objectiveArgument("filter.objective", filter.objective) } } : {}),
  };
}

/** One page of cooperation agreements matching the filter, ordered by code, with the total count. */
export function findCooperationAgreementPage(prisma: DiasporaPrisma, { filter, first, after }: PageArguments<CooperationAgreementFilter>) {
  return pageOf(prisma.cooperationAgreement, cooperationWhere(filter, ["kind", "status"]), first, after);
}

/** One page of development projects matching the filter, ordered by code, with the total count. */
export function findDevelopmentProjectPage(prisma: DiasporaPrisma, { filter, first, after }: PageArguments<DevelopmentProjectFilter>) {
  return pageOf(prisma.developmentProject, cooperationWhere(filter, ["focus", "status"]), first, after);
}
