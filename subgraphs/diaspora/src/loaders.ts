// Per-request DataLoaders: every record and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request. Keys of
// plan's entities (objective numbers, ISO codes, department and initiative
// codes) are plain columns here, so these loaders never call plan.
import { type Caller, loaderByKey, loaderGroupedByKey, loaderGroupedByMembers } from "@gcm-hub/kit";
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


type Find<Where, Row> = (where: Where) => Promise<Row[]>;

const byCode = <Row extends { code: string }>(find: Find<{ code: { in: string[] } }, Row>) =>
  loaderByKey((codes: readonly string[]) => find({ code: { in: [...codes] } }), (row) => row.code);

const byObjective = <Row extends { objectiveNumbers: number[] }>(find: Find<{ objectiveNumbers: { hasSome: number[] } }, Row>) =>
  loaderGroupedByMembers((numbers: readonly number[]) => find({ objectiveNumbers: { hasSome: [...numbers] } }), (row) => row.objectiveNumbers);

const byInitiative = <Row extends { initiativeCode: string | null }>(find: Find<{ initiativeCode: { in: string[] } }, Row>) =>
  loaderGroupedByKey((codes: readonly string[]) => find({ initiativeCode: { in: [...codes] } }), (row) => row.initiativeCode ?? "");

const ordered = { orderBy: { code: "asc" } } as const;

function recordLoaders(prisma: DiasporaPrisma, caller: Caller | null) {
  return {
    cooperationAgreement: byCode((where) => prisma.cooperationAgreement.findMany({ where })),
    developmentProject: byCode((where) => prisma.developmentProject.findMany({ where })),
    consularServiceModel: byCode((where) => prisma.consularServiceModel.findMany({ where })),
    supportOfficeNetwork: byCode((where) => prisma.supportOfficeNetwork.findMany({ where })),
    diasporaProgramme: byCode((where) => prisma.diasporaProgramme.findMany({ where })),
    remittanceAssessment: byCode((where) => prisma.remittanceAssessment.findMany({ where })),
    returnProgramme: byCode((where) => prisma.returnProgramme.findMany({ where })),
    internationalEngagement: byCode((where) => prisma.internationalEngagement.findMany({ where })),
    // Records list their figures by code (figureCodes), not by foreign key: a draft
    // listed there stays hidden from everyone but the department.
    figure: byCode((where) => prisma.observation.findMany({ where: { ...where, ...figures.visibleTo(caller) } })),
  };
}

function objectiveLoaders(prisma: DiasporaPrisma, caller: Caller | null) {
  return {
    figuresByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) =>
        prisma.observation.findMany({ where: { objectiveNumber: { in: [...numbers] }, ...figures.visibleTo(caller) }, ...ordered }),
      (row) => row.objectiveNumber ?? 0,
    ),
    cooperationAgreementsByObjective: byObjective((where) => prisma.cooperationAgreement.findMany({ where, ...ordered })),
    developmentProjectsByObjective: byObjective((where) => prisma.developmentProject.findMany({ where, ...ordered })),
    consularServiceModelsByObjective: byObjective((where) => prisma.consularServiceModel.findMany({ where, ...ordered })),
    supportOfficeNetworksByObjective: byObjective((where) => prisma.supportOfficeNetwork.findMany({ where, ...ordered })),
    diasporaProgrammesByObjective: byObjective((where) => prisma.diasporaProgramme.findMany({ where, ...ordered })),
    remittanceAssessmentsByObjective: byObjective((where) => prisma.remittanceAssessment.findMany({ where, ...ordered })),
    returnProgrammesByObjective: byObjective((where) => prisma.returnProgramme.findMany({ where, ...ordered })),
    internationalEngagementsByObjective: byObjective((where) => prisma.internationalEngagement.findMany({ where, ...ordered })),
  };
}

function initiativeLoaders(prisma: DiasporaPrisma) {
  return {
    cooperationAgreementsByInitiative: byInitiative((where) => prisma.cooperationAgreement.findMany({ where, ...ordered })),
    developmentProjectsByInitiative: byInitiative((where) => prisma.developmentProject.findMany({ where, ...ordered })),
    consularServiceModelsByInitiative: byInitiative((where) => prisma.consularServiceModel.findMany({ where, ...ordered })),
    supportOfficeNetworksByInitiative: byInitiative((where) => prisma.supportOfficeNetwork.findMany({ where, ...ordered })),
    diasporaProgrammesByInitiative: byInitiative((where) => prisma.diasporaProgramme.findMany({ where, ...ordered })),
    remittanceAssessmentsByInitiative: byInitiative((where) => prisma.remittanceAssessment.findMany({ where, ...ordered })),
    returnProgrammesByInitiative: byInitiative((where) => prisma.returnProgramme.findMany({ where, ...ordered })),
    internationalEngagementsByInitiative: byInitiative((where) => prisma.internationalEngagement.findMany({ where, ...ordered })),
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
