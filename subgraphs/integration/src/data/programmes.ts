import { assertObjectiveNumber, badUserInput, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { Prisma } from "../generated/prisma/client.js";
import type {
  IntegrationPlanLevel,
  IntegrationPolicyArea,
  IntegrationStatus,
  LanguageProgrammeSetting,
  ProgrammeKind,
} from "../generated/prisma/enums.js";
import type { IntegrationPrisma } from "../prisma.js";

/** The filter of `integrationProgrammes`, as the SDL declares it. */
export interface IntegrationProgrammeFilter {
  kind?: ProgrammeKind | null;
  objective?: number | null;
  department?: string | null;
  status?: IntegrationStatus | null;
  pandemicResponse?: boolean | null;
}

/** Everything the root lists can filter programmes by. */
export interface ProgrammeQuery extends IntegrationProgrammeFilter {
  planLevel?: IntegrationPlanLevel | null;
  policyArea?: IntegrationPolicyArea | null;
  languageSetting?: LanguageProgrammeSetting | null;
}

/**
 * Turns a query into a Prisma filter. `argumentPrefix` names the argument in errors
 * ("filter." for the connection's input object, "" for the typed lists' plain arguments).
 */
export function programmeWhere(query: ProgrammeQuery | null | undefined, argumentPrefix = ""): Prisma.ProgrammeWhereInput {
  if (!query) return {};
  const where: Prisma.ProgrammeWhereInput = {};
  if (query.kind != null) where.kind = query.kind;
  if (query.objective != null) {
    assertObjectiveNumber(`${argumentPrefix}objective`, query.objective);
    where.objectives = { some: { objectiveNumber: query.objective } };
  }
  if (query.department != null) {
    if (query.department.trim() === "") throw badUserInput(`${argumentPrefix}department`, "must be a department code, for example ACM");
    where.participants = { some: { departmentCode: query.department.toUpperCase() } };
  }
  if (query.status != null) where.status = query.status;
  if (query.pandemicResponse != null) where.pandemicResponse = query.pandemicResponse;
  if (query.planLevel != null) where.planLevel = query.planLevel;
  if (query.policyArea != null) where.policyArea = query.policyArea;
  if (query.languageSetting != null) where.languageSetting = query.languageSetting;
  return where;
}

/** Programmes of one kind matching the other filters, ordered by code (the typed root lists). */
export function findProgrammesOfKind(prisma: IntegrationPrisma, kind: ProgrammeKind, query: ProgrammeQuery = {}) {
  return prisma.programme.findMany({ where: programmeWhere({ ...query, kind }), orderBy: { code: "asc" } });
}

/** One page of programmes of any kind matching the filter, ordered by code, with the total count. */
export function findProgrammePage(prisma: IntegrationPrisma, { filter, first, after }: PageArguments<IntegrationProgrammeFilter>) {
  return pageOf(prisma.programme, programmeWhere(filter, "filter."), first, after);
}
