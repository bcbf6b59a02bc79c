// Per-request DataLoaders: every record and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request.
import { type Caller, loaderByCode, loaderByInitiative, loaderByObjectives, loaderGroupedBy } from "@gcm-hub/kit";
import { figures } from "./department.js";
import type { BorderPrisma } from "./prisma.js";

export type BorderLoaders = ReturnType<typeof createLoaders>;

/**
 * Loaders for one request; `caller` decides whether the department's draft figures
 * are visible (the kit's figure loaders apply the draft rule).
 */
export function createLoaders(prisma: BorderPrisma, caller: Caller | null) {
  const ordered = { orderBy: { code: "asc" } } as const;
  return {
    ...figures.loaders(prisma, caller),
    project: loaderByCode(prisma.borderProject),
    protocol: loaderByCode(prisma.borderProtocol),
    system: loaderByCode(prisma.borderSystem),
    facility: loaderByCode(prisma.borderFacility),
    policyDocument: loaderByCode(prisma.borderPolicyDocument),
    documentationMeasure: loaderByCode(prisma.documentationMeasure),
    regularisationMeasure: loaderByCode(prisma.regularisationMeasure),
    referralSystem: loaderByCode(prisma.traffickingReferralSystem),

    participantsByProject: loaderGroupedBy("projectCode", (codes: string[]) => prisma.borderProjectParticipant.findMany({ where: { projectCode: { in: codes } }, orderBy: [{ role: "asc" }, { departmentCode: "asc" }] })),
    countriesByProject: loaderGroupedBy("projectCode", (codes: string[]) => prisma.borderProjectCountry.findMany({ where: { projectCode: { in: codes } }, orderBy: [{ role: "asc" }, { countryIso: "asc" }] })),
    partiesByProtocol: loaderGroupedBy("protocolCode", (codes: string[]) => prisma.borderProtocolParty.findMany({ where: { protocolCode: { in: codes } }, orderBy: [{ protocolCode: "asc" }, { position: "asc" }] })),
    facilitiesByPolicyDocument: loaderGroupedBy("policyDocumentCode", (codes: string[]) => prisma.borderFacility.findMany({ where: { policyDocumentCode: { in: codes } }, ...ordered })),
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

    projectsByCountry: loaderGroupedBy("countryIso", (isos: string[]) => prisma.borderProjectCountry.findMany({ where: { countryIso: { in: isos } }, include: { project: true }, orderBy: { projectCode: "asc" } })),
    protocolsByCountry: loaderGroupedBy("countryIso", (isos: string[]) => prisma.borderProtocolParty.findMany({ where: { countryIso: { in: isos } }, include: { protocol: true }, orderBy: { protocolCode: "asc" } })),
    projectsByDepartment: loaderGroupedBy("departmentCode", (codes: string[]) => prisma.borderProjectParticipant.findMany({ where: { departmentCode: { in: codes } }, include: { project: true }, orderBy: { projectCode: "asc" } })),
    protocolsByDepartment: loaderGroupedBy("departmentCode", (codes: string[]) => prisma.borderProtocolParty.findMany({ where: { departmentCode: { in: codes } }, include: { protocol: true }, orderBy: { protocolCode: "asc" } })),
    systemsByOperator: loaderGroupedBy("operatorCode", (codes: string[]) => prisma.borderSystem.findMany({ where: { operatorCode: { in: codes } }, ...ordered })),
  };
}
