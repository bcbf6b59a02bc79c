// Per-request DataLoaders: every record and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request.
import { type Caller, loaderByCode, loaderByInitiative, loaderGroupedByKey, loadersByCode, loadersByInitiative, loadersByObjectives } from "@gcm-hub/kit";
import { figures } from "./department.js";
import type { BorderPrisma } from "./prisma.js";

export type BorderLoaders = ReturnType<typeof createLoaders>;

/**
 * Loaders for one request; `caller` decides whether the department's draft figures
 * are visible (the kit's figure loaders apply the draft rule).
 */
export function createLoaders(prisma: BorderPrisma, caller: Caller | null) {
  const ordered = { orderBy: { code: "asc" } } as const;
  // The records plan's objectives and initiatives list, by the name of their list fields.
  const records = {
    projects: prisma.borderProject,
    protocols: prisma.borderProtocol,
    systems: prisma.borderSystem,
    facilities: prisma.borderFacility,
    policyDocuments: prisma.borderPolicyDocument,
    documentationMeasures: prisma.documentationMeasure,
    referralSystems: prisma.traffickingReferralSystem,
  };
  return {
    ...figures.loaders(prisma, caller),
    ...loadersByCode(records),
    ...loadersByObjectives(records),
    ...loadersByInitiative(records),
    regularisationMeasuresByCode: loaderByCode(prisma.regularisationMeasure),
    regularisationMeasuresByInitiative: loaderByInitiative(prisma.regularisationMeasure),

    participantsByProject: loaderGroupedByKey("projectCode", (codes: string[]) => prisma.borderProjectParticipant.findMany({ where: { projectCode: { in: codes } }, orderBy: [{ role: "asc" }, { departmentCode: "asc" }] })),
    countriesByProject: loaderGroupedByKey("projectCode", (codes: string[]) => prisma.borderProjectCountry.findMany({ where: { projectCode: { in: codes } }, orderBy: [{ role: "asc" }, { countryIso: "asc" }] })),
    partiesByProtocol: loaderGroupedByKey("protocolCode", (codes: string[]) => prisma.borderProtocolParty.findMany({ where: { protocolCode: { in: codes } }, orderBy: [{ protocolCode: "asc" }, { position: "asc" }] })),
    facilitiesByPolicyDocument: loaderGroupedByKey("policyDocumentCode", (codes: string[]) => prisma.borderFacility.findMany({ where: { policyDocumentCode: { in: codes } }, ...ordered })),

    projectsByCountry: loaderGroupedByKey("countryIso", (isos: string[]) => prisma.borderProjectCountry.findMany({ where: { countryIso: { in: isos } }, include: { project: true }, orderBy: { projectCode: "asc" } })),
    protocolsByCountry: loaderGroupedByKey("countryIso", (isos: string[]) => prisma.borderProtocolParty.findMany({ where: { countryIso: { in: isos } }, include: { protocol: true }, orderBy: { protocolCode: "asc" } })),
    projectsByDepartment: loaderGroupedByKey("departmentCode", (codes: string[]) => prisma.borderProjectParticipant.findMany({ where: { departmentCode: { in: codes } }, include: { project: true }, orderBy: { projectCode: "asc" } })),
    protocolsByDepartment: loaderGroupedByKey("departmentCode", (codes: string[]) => prisma.borderProtocolParty.findMany({ where: { departmentCode: { in: codes } }, include: { protocol: true }, orderBy: { protocolCode: "asc" } })),
    systemsByOperator: loaderGroupedByKey("operatorCode", (codes: string[]) => prisma.borderSystem.findMany({ where: { operatorCode: { in: codes } }, ...ordered })),
  };
}
