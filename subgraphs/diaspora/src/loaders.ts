// Per-request DataLoaders: every record and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request. Keys of
// plan's entities (objective numbers, ISO codes, department and initiative
// codes) are plain columns here, so these loaders never call plan.
import { type Caller, loaderGroupedByKey, loadersByCode, loadersByInitiative, loadersByObjectives } from "@gcm-hub/kit";
import { figures } from "./department.js";
import type { ReturnProgrammeRow } from "./models.js";
import type { DiasporaPrisma } from "./prisma.js";

export type DiasporaLoaders = ReturnType<typeof createLoaders>;

/** Loaders for one request; `caller` decides whether the department's draft figures are visible. */
export function createLoaders(prisma: DiasporaPrisma, caller: Caller | null) {
  return {
    ...figures.loaders(prisma, caller),
    ...recordLoaders(prisma),
    ...countryLoaders(prisma),
    ...departmentLoaders(prisma),
    parts: loaderGroupedByKey("parentCode", (codes: string[]) => prisma.internationalEngagement.findMany({ where: { parentCode: { in: codes } }, orderBy: { code: "asc" } })),
  };
}

const ordered = { orderBy: { code: "asc" } } as const;

// The records plan's objectives and initiatives list, by the name of their list fields.
function recordLoaders(prisma: DiasporaPrisma) {
  const records = {
    cooperationAgreements: prisma.cooperationAgreement,
    developmentProjects: prisma.developmentProject,
    consularServiceModels: prisma.consularServiceModel,
    supportOfficeNetworks: prisma.supportOfficeNetwork,
    diasporaProgrammes: prisma.diasporaProgramme,
    remittanceAssessments: prisma.remittanceAssessment,
    returnProgrammes: prisma.returnProgramme,
    internationalEngagements: prisma.internationalEngagement,
  };
  return { ...loadersByCode(records), ...loadersByObjectives(records), ...loadersByInitiative(records) };
}

function countryLoaders(prisma: DiasporaPrisma) {
  return {
    agreementPartnersByCountry: loaderGroupedByKey("countryIso", (isos: string[]) => prisma.cooperationAgreementCountry.findMany({ where: { countryIso: { in: isos } }, include: { agreement: true }, orderBy: { agreementCode: "asc" } })),
    agreementPartnersByAgreement: loaderGroupedByKey("agreementCode", (codes: string[]) => prisma.cooperationAgreementCountry.findMany({ where: { agreementCode: { in: codes } }, include: { agreement: true }, orderBy: { countryIso: "asc" } })),
    projectCountriesByCountry: loaderGroupedByKey("countryIso", (isos: string[]) => prisma.developmentProjectCountry.findMany({ where: { countryIso: { in: isos } }, include: { project: true }, orderBy: { projectCode: "asc" } })),
    projectCountriesByProject: loaderGroupedByKey("projectCode", (codes: string[]) => prisma.developmentProjectCountry.findMany({ where: { projectCode: { in: codes } }, include: { project: true }, orderBy: { countryIso: "asc" } })),
  };
}

function departmentLoaders(prisma: DiasporaPrisma) {
  return {
    supportOfficeNetworksByDepartment: loaderGroupedByKey("departmentCode", (codes: string[]) => prisma.supportOfficeNetwork.findMany({ where: { departmentCode: { in: codes } }, ...ordered })),
    diasporaProgrammesByDepartment: loaderGroupedByKey("leadDepartmentCode", (codes: string[]) => prisma.diasporaProgramme.findMany({ where: { leadDepartmentCode: { in: codes } }, ...ordered })),
    // A programme is listed under its promoter and under each referral partner.
    returnProgrammesByDepartment: loaderGroupedByKey(
      (row: ReturnProgrammeRow) => [...new Set([row.promoterCode, ...row.referralPartnerCodes])],
      (codes: string[]) =>
        prisma.returnProgramme.findMany({
          where: { OR: [{ promoterCode: { in: codes } }, { referralPartnerCodes: { hasSome: codes } }] },
          ...ordered,
        }),
    ),
  };
}
