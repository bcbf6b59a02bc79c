import { countryIso, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { Prisma } from "../generated/prisma/client.js";
import type { BorderCooperationStatus, BorderCountryRole, BorderProjectKind } from "../generated/prisma/enums.js";
import type { BorderPrisma } from "../prisma.js";
import { objectiveCondition } from "./arguments.js";

export interface BorderProjectFilter {
  objective?: number | null;
  country?: string | null;
  countryRole?: BorderCountryRole | null;
  department?: string | null;
  status?: BorderCooperationStatus | null;
  kind?: BorderProjectKind | null;
}

export function projectWhere(filter: BorderProjectFilter | null | undefined): Prisma.BorderProjectWhereInput {
  if (!filter) return {};
  const where: Prisma.BorderProjectWhereInput = objectiveCondition("filter.objective", filter.objective);
  if (filter.country != null || filter.countryRole != null) {
    where.countries = {
      some: {
        ...(filter.country != null ? { countryIso: countryIso("filter.country", filter.country) } : {}),
        ...(filter.countryRole != null ? { role: filter.countryRole } : {}),
      },
    };
  }
  if (filter.department != null) where.participants = { some: { departmentCode: filter.department } };
  if (filter.status != null) where.status = filter.status;
  if (filter.kind != null) where.kind = filter.kind;
  return where;
}

/** One page of cooperation projects matching the filter, ordered by code, with the total count. */
export function findProjectPage(prisma: BorderPrisma, { filter, first, after }: PageArguments<BorderProjectFilter>) {
  return pageOf(prisma.borderProject, projectWhere(filter), first, after);
}
