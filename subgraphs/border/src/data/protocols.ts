import { countryIso, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { Prisma } from "../generated/prisma/client.js";
import type { BorderCooperationStatus } from "../generated/prisma/enums.js";
import type { BorderPrisma } from "../prisma.js";
import { objectiveCondition } from "./arguments.js";

export interface BorderProtocolFilter {
  objective?: number | null;
  country?: string | null;
  department?: string | null;
  status?: BorderCooperationStatus | null;
  signedYear?: number | null;
}

export function protocolWhere(filter: BorderProtocolFilter | null | undefined): Prisma.BorderProtocolWhereInput {
  if (!filter) return {};
  // Country and department may match different signatories, so each is its own `some`.
  const signatories: Prisma.BorderProtocolWhereInput[] = [];
  if (filter.country != null) signatories.push({ parties: { some: { countryIso: countryIso("filter.country", filter.country) } } });
  if (filter.department != null) signatories.push({ parties: { some: { departmentCode: filter.department } } });
  return {
    ...objectiveCondition("filter.objective", filter.objective),
    ...(signatories.length > 0 ? { AND: signatories } : {}),
    ...(filter.status != null ? { status: filter.status } : {}),
    ...(filter.signedYear != null ? { signedYear: filter.signedYear } : {}),
  };
}

/** One page of cooperation protocols matching the filter, ordered by code, with the total count. */
export function findProtocolPage(prisma: BorderPrisma, { filter, first, after }: PageArguments<BorderProtocolFilter>) {
  return pageOf(prisma.borderProtocol, protocolWhere(filter), first, after);
}
