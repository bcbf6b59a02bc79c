// Per-request DataLoaders: every record and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request.
import { type Caller, loaderByCode, loaderByInitiative, loaderByKey, loaderByObjectives, loaderGroupedByKey } from "@gcm-hub/kit";
import { figures } from "./department.js";
import type { BorderPrisma } from "./prisma.js";

export type BorderLoaders = ReturnType<typeof createLoaders>;

/**
 * Loaders for one request; `caller` decides whether the department's draft figures
 * are visible. No border record refers to a figure, so every figure loader filters.
 */
export function createLoaders(prisma: BorderPrisma, caller: Caller | null) {
  const visible = figures.visibleTo(caller);
  const ordered = { orderBy: { code: "asc" } } as const;
  return {
    figure: loaderByKey(
      (codes: readonly string[]) => prisma.observation.findMany({ where: { code: { in: [...codes] }, ...visible } }),
      (row) => row.code,
    ),
    project: loaderByCode(prisma.borderProject),
    protocol: loaderByCode(prisma.borderProtocol),
    system: loaderByCode(prisma.borderSystem),
    facility: loaderByCode(prisma.borderFacility),
    policyDocument: loaderByCode(prisma.borderPolicyDocument),
    documentationMeasure: loaderByCode(prisma.documentationMeasure),
    regularisationMeasure: loaderByCode(prisma.regularisationMeasure),
    referralSystem: loaderByCode(prisma.traffickingReferralSystem),

    participantsByProject: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.borderProjectParticipant.findMany({ where: { projectCode: { in: [...codes] } }, orderBy: [{ role: "asc" }, { departmentCode: "asc" }] }),
      (row) => row.projectCode,
    ),
    countriesByProject: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.borderProjectCountry.findMany({ where: { projectCode: { in: [...codes] } }, orderBy: [{ role: "asc" }, { countryIso: "asc" }] }),
      (row) => row.projectCode,
    ),
    partiesByProtocol: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.borderProtocolParty.findMany({ where: { protocolCode: { in: [...codes] } }, orderBy: [{ protocolCode: "asc" }, { position: "asc" }] }),
      (row) => row.protocolCode,
    ),
    facilitiesByPolicyDocument: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.borderFacility.findMany({ where: { policyDocumentCode: { in: [...codes] } }, ...ordered }),
      (row) => row.policyDocumentCode ?? "",
    ),

    figuresByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) => prisma.observation.findMany({ where: { objectiveNumber: { in: [...numbers] }, ...visible }, ...ordered }),
      (row) => row.objectiveNumber ?? 0,
    ),
    projectsByObjective: loaderByObjectives(prisma.borderProject),
    protocolsByObjective: loaderByObjectives(prisma.borderProtocol),
    systemsByObjective: loaderByObjectives(prisma.borderSystem),
    facilitiesByObjective: loaderByObjectives(prisma.borderFacility),
    policyDocumentsByObjective: loaderByObjectives(prisma.borderPolicyDocument),
    documentationMeasuresByObjective: loaderByObjectives(prisma.documentationMeasure),
    referralSystemsByObjective: loaderByObjectives(prisma.traffickingReferralSystem),

    projectsByInitiative: loaderByInitiative(prisma.borderProject),
    protocolsByInitiative: loaderByInitiative(prisma.borderProtocol),
    systemsByInitiative: loaderByInitiative(prisma.borderSystem),
    facilitiesByInitiative: loaderByInitiative(prisma.borderFacility),
    policyDocumentsByInitiative: loaderByInitiative(prisma.borderPolicyDocument),
    documentationMeasuresByInitiative: loaderByInitiative(prisma.documentationMeasure),
    regularisationMeasuresByInitiative: loaderByInitiative(prisma.regularisationMeasure),
    referralSystemsByInitiative: loaderByInitiative(prisma.traffickingReferralSystem),

    projectsByCountry: loaderGroupedByKey(
      (isos: readonly string[]) =>
        prisma.borderProjectCountry.findMany({ where: { countryIso: { in: [...isos] } }, include: { project: true }, orderBy: { projectCode: "asc" } }),
      (row) => row.countryIso,
    ),
    protocolsByCountry: loaderGroupedByKey(
      (isos: readonly string[]) =>
        prisma.borderProtocolParty.findMany({ where: { countryIso: { in: [...isos] } }, include: { protocol: true }, orderBy: { protocolCode: "asc" } }),
      (row) => row.countryIso ?? "",
    ),
    projectsByDepartment: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.borderProjectParticipant.findMany({ where: { departmentCode: { in: [...codes] } }, include: { project: true }, orderBy: { projectCode: "asc" } }),
      (row) => row.departmentCode,
    ),
    protocolsByDepartment: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.borderProtocolParty.findMany({ where: { departmentCode: { in: [...codes] } }, include: { protocol: true }, orderBy: { protocolCode: "asc" } }),
      (row) => row.departmentCode ?? "",
    ),
    systemsByOperator: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.borderSystem.findMany({ where: { operatorCode: { in: [...codes] } }, ...ordered }),
      (row) => row.operatorCode ?? "",
    ),
  };
}
