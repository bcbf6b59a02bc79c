import { countryIso, equalityConditions, objectiveArgument, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { InitiativeFilter } from "../generated/graphql.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { PlanPrisma } from "../prisma.js";

export function initiativeWhere(filter: InitiativeFilter | null | undefined): Prisma.InitiativeWhereInput {
  const where: Prisma.InitiativeWhereInput = equalityConditions(filter, ["status"]);
  if (filter?.objective != null) where.objectives = { some: { objectiveNumber: objectiveArgument("filter.objective", filter.objective) } };
  if (filter?.department != null) where.departments = { some: { departmentCode: filter.department } };
  if (filter?.country != null) where.countries = { some: { countryIso: countryIso("filter.country", filter.country) } };
  return where;
}

/** One page of initiatives matching the filter, ordered by code, with the total count. */
export function findInitiativePage(prisma: PlanPrisma, { filter, first, after }: PageArguments<InitiativeFilter>) {
  return pageOf(prisma.initiative, initiativeWhere(filter), first, after);
}
