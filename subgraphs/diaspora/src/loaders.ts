// Per-request DataLoaders: every record and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request. Keys of
// plan's entities (objective numbers, ISO codes, department and initiative
// codes) are plain columns here, so these loaders never call plan.
import { type Caller, loaderByCode, loaderByInitiative, loaderByKey, loaderByObjectives, loaderGroupedByKey, loaderGroupedByMembers } from "@gcm-hub/kit";
import { figures } from "./department.js";
import type { DiasporaPrisma } from "./prisma.js";

export type DiasporaLoaders = ReturnType<typeof createLoaders>;

/** Loaders for one request; `caller` decides whether the department's draft figures are visible. */
export function createLoaders(prisma: DiasporaPrisma, caller: Caller | null) {
  return {
    ...recordLoaders(prisma, caller),
    ...objectiveLoaders(prisma, caller),
    ...initiativeLoaders(prisma),
    ...countryLoaders(prisma),
    ...departmentLoaders(prisma),
    parts: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.internationalEngagement.findMany({ where: { parentCode: { in: [...codes] } }, orderBy: { code: "asc" } }),
      (row) => row.parentCode ?? "",
    ),
  };
}


const ordered = { orderBy: { code: "asc" } } as const;

function recordLoaders(prisma: DiasporaPrisma, caller: Caller | null) {
  return {
    cooperationAgreement: loaderByCode(prisma.cooperationAgreement),
    developmentProject: loaderByCode(prisma.developmentProject),
    consularServiceModel: loaderByCode(prisma.consularServiceModel),
    supportOfficeNetwork: loaderByCode(prisma.supportOfficeNetwork),
    diasporaProgramme: loaderByCode(prisma.diasporaProgramme),
    remittanceAssessment: loaderByCode(prisma.remittanceAssessment),
    returnProgramme: loaderByCode(prisma.returnProgramme),
    internationalEngagement: loaderByCode(prisma.internationalEngagement),
    // Records list their figures by code (figureCodes), not by foreign key: a draft
    // listed there stays hidden from everyone but the department.
    figure: loaderByKey((codes: readonly string[]) => prisma.observation.findMany({ where: { code: { in: [...codes] }, ...figures.visibleTo(caller) } }), (row) => row.code),
  };
}

function objectiveLoaders(prisma: DiasporaPrisma, caller: Caller | null) {
  return {
    figuresByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) =>
        prisma.observation.findMany({ where: { objectiveNumber: { in: [...numbers] }, ...figures.visibleTo(caller) }, ...ordered }),
      (row) => row.objectiveNumber ?? 0,
    ),
    cooperationAgreementsByObjective: loaderByObjectives(prisma.cooperationAgreement),
    developmentProjectsByObjective: loaderByObjectives(prisma.developmentProject),
    consularServiceModelsByObjective: loaderByObjectives(prisma.consularServiceModel),
    supportOfficeNetworksByObjective: loaderByObjectives(prisma.supportOfficeNetwork),
    diasporaProgrammesByObjective: loaderByObjectives(prisma.diasporaProgramme),
    remittanceAssessmentsByObjective: loaderByObjectives(prisma.remittanceAssessment),
    returnProgrammesByObjective: loaderByObjectives(prisma.returnProgramme),
    internationalEngagementsByObjective: loaderByObjectives(prisma.internationalEngagement),
  };
}

function initiativeLoaders(prisma: DiasporaPrisma) {
  return {
    cooperationAgreementsByInitiative: loaderByInitiative(prisma.cooperationAgreement),
    developmentProjectsByInitiative: loaderByInitiative(prisma.developmentProject),
    consularServiceModelsByInitiative: loaderByInitiative(prisma.consularServiceModel),
    supportOfficeNetworksByInitiative: loaderByInitiative(prisma.supportOfficeNetwork),
    diasporaProgrammesByInitiative: loaderByInitiative(prisma.diasporaProgramme),
    remittanceAssessmentsByInitiative: loaderByInitiative(prisma.remittanceAssessment),
    returnProgrammesByInitiative: loaderByInitiative(prisma.returnProgramme),
    internationalEngagementsByInitiative: loaderByInitiative(prisma.internationalEngagement),
  };
}

function countryLoaders(prisma: DiasporaPrisma) {
  return {
    agreementPartnersByCountry: loaderGroupedByKey(
      (isos: readonly string[]) =>
        prisma.cooperationAgreementCountry.findMany({ where: { countryIso: { in: [...isos] } }, include: { agreement: true }, orderBy: { agreementCode: "asc" } }),
      (row) => row.countryIso,
    ),
    agreementPartnersByAgreement: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.cooperationAgreementCountry.findMany({ where: { agreementCode: { in: [...codes] } }, include: { agreement: true }, orderBy: { countryIso: "asc" } }),
      (row) => row.agreementCode,
    ),
    projectCountriesByCountry: loaderGroupedByKey(
      (isos: readonly string[]) =>
        prisma.developmentProjectCountry.findMany({ where: { countryIso: { in: [...isos] } }, include: { project: true }, orderBy: { projectCode: "asc" } }),
      (row) => row.countryIso,
    ),
    projectCountriesByProject: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.developmentProjectCountry.findMany({ where: { projectCode: { in: [...codes] } }, include: { project: true }, orderBy: { countryIso: "asc" } }),
      (row) => row.projectCode,
    ),
  };
}

function departmentLoaders(prisma: DiasporaPrisma) {
  return {
    supportOfficeNetworksByDepartment: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.supportOfficeNetwork.findMany({ where: { departmentCode: { in: [...codes] } }, ...ordered }),
      (row) => row.departmentCode,
    ),
    diasporaProgrammesByDepartment: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.diasporaProgramme.findMany({ where: { leadDepartmentCode: { in: [...codes] } }, ...ordered }),
      (row) => row.leadDepartmentCode ?? "",
    ),
    returnProgrammesByDepartment: loaderGroupedByMembers(
      (codes: readonly string[]) =>
        prisma.returnProgramme.findMany({
          where: { OR: [{ promoterCode: { in: [...codes] } }, { referralPartnerCodes: { hasSome: [...codes] } }] },
          ...ordered,
        }),
      (row) => [...new Set([row.promoterCode, ...row.referralPartnerCodes])],
    ),
  };
}
