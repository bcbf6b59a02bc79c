import { objectiveArgument, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { Prisma } from "../generated/prisma/client.js";
import type { InitiativeStatus } from "../generated/prisma/enums.js";
import type { PlanPrisma } from "../prisma.js";

export interface InitiativeFilter {
  objective?: number | null;
  department?: string | null;
  country?: string | null;
  status?: InitiativeStatus | null;
}

export function initiativeWhere(filter: InitiativeFilter | null | undefined): Prisma.InitiativeWhereInput {
  if (!filter) return {};
  const where: Prisma.InitiativeWhereInput = {};
  if (filter.objective != null) where.objectives = { some: { objectiveNumber: objectiveArgument("filter.objective", filter.objective) } };
  if (filter.department != null) where.departments = { some: { departmentCode: filter.department } };
  if (filter.country != null) where.countries = { some: { countryIso: filter.country.toUpperCase() } };
  if (filter.status != null) where.status = filter.status;
  return where;
}

/** One page of initiatives matching the filter, ordered by code, with the total count. */
export function findInitiativePage(prisma: PlanPrisma, { filter, first, after }: PageArguments<InitiativeFilter>) {
  return pageOf(prisma.initiative, initiativeWhere(filter), first, after);
}
