import { assertObjectiveNumber, countryIso, pageRequest, toConnection } from "@gcm-hub/kit";
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
  if (filter.objective != null) {
    assertObjectiveNumber("filter.objective", filter.objective);
    where.objectives = { some: { objectiveNumber: filter.objective } };
  }
  return where;
}

/** One page of agreements matching the filter, ordered by code, with the total count. */
export async function findAgreementPage(
  prisma: LabourPrisma,
  filter: LabourMobilityAgreementFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const page = pageRequest(first, after);
  const where = agreementWhere(filter);
  const keyed: Prisma.LabourMobilityAgreementWhereInput = page.afterKey === null ? where : { AND: [where, { code: { gt: page.afterKey } }] };
  const [rows, totalCount] = await Promise.all([
    prisma.labourMobilityAgreement.findMany({ where: keyed, orderBy: { code: "asc" }, take: page.take + 1 }),
    prisma.labourMobilityAgreement.count({ where }),
  ]);
  return toConnection(rows, page, (row) => row.code, totalCount);
}
