// Per-request DataLoaders: every record and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request. Keys of
// plan's entities (objective numbers, ISO codes, department and initiative
// codes) are plain columns here, so these loaders never call plan.
import { type Caller, loaderByCode, loaderByKey, loaderGroupedByKey } from "@gcm-hub/kit";
import { figures } from "./department.js";
import type { LabourPrisma } from "./prisma.js";

export type LabourLoaders = ReturnType<typeof createLoaders>;

/** Loaders for one request; `caller` decides whether the department's drafts are visible. */
export function createLoaders(prisma: LabourPrisma, caller: Caller | null) {
  return {
    ...recordLoaders(prisma, caller),
    ...agreementLoaders(prisma),
    ...inspectionLoaders(prisma),
    ...objectiveLoaders(prisma, caller),
    ...initiativeLoaders(prisma),
  };
}

function recordLoaders(prisma: LabourPrisma, caller: Caller | null) {
  return {
    agreement: loaderByCode(prisma.labourMobilityAgreement),
    campaign: loaderByCode(prisma.inspectionCampaign),
    portfolio: loaderByCode(prisma.fundedProjectPortfolio),
    skillsMeasure: loaderByCode(prisma.skillsRecognitionMeasure),
    workerMeasure: loaderByCode(prisma.workerAttractionMeasure),
    // The draft rule on every path to a figure, keyed lookups included.
    figure: loaderByKey(
      (codes: readonly string[]) => prisma.observation.findMany({ where: { code: { in: [...codes] }, ...figures.visibleTo(caller) } }),
      (row) => row.code,
    ),
  };
}

function agreementLoaders(prisma: LabourPrisma) {
  return {
    agreementsByCountry: loaderGroupedByKey(
      (isos: readonly string[]) =>
        prisma.agreementCountry.findMany({ where: { countryIso: { in: [...isos] } }, include: { agreement: true }, orderBy: { agreementCode: "asc" } }),
      (row) => row.countryIso,
    ),
    countriesByAgreement: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.agreementCountry.findMany({ where: { agreementCode: { in: [...codes] } }, orderBy: { countryIso: "asc" } }),
      (row) => row.agreementCode,
    ),
    objectivesByAgreement: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.agreementObjective.findMany({ where: { agreementCode: { in: [...codes] } }, orderBy: { objectiveNumber: "asc" } }),
      (row) => row.agreementCode,
    ),
  };
}

function inspectionLoaders(prisma: LabourPrisma) {
  return {
    campaignsByDepartment: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.inspectionBody.findMany({ where: { departmentCode: { in: [...codes] } }, include: { campaign: true }, orderBy: { campaignCode: "asc" } }),
      (row) => row.departmentCode,
    ),
    campaignsByCountry: loaderGroupedByKey(
      (isos: readonly string[]) =>
        prisma.inspectionCountry.findMany({ where: { countryIso: { in: [...isos] } }, include: { campaign: true }, orderBy: { campaignCode: "asc" } }),
      (row) => row.countryIso,
    ),
    sectorsByCampaign: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.inspectionSector.findMany({ where: { campaignCode: { in: [...codes] } }, orderBy: { sector: "asc" } }),
      (row) => row.campaignCode,
    ),
    bodiesByCampaign: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.inspectionBody.findMany({ where: { campaignCode: { in: [...codes] } }, orderBy: { departmentCode: "asc" } }),
      (row) => row.campaignCode,
    ),
    countriesByCampaign: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.inspectionCountry.findMany({ where: { campaignCode: { in: [...codes] } }, orderBy: { countryIso: "asc" } }),
      (row) => row.campaignCode,
    ),
  };
}

function objectiveLoaders(prisma: LabourPrisma, caller: Caller | null) {
  const byObjective = (numbers: readonly number[]) => ({ where: { objectiveNumber: { in: [...numbers] } }, orderBy: { code: "asc" as const } });
  return {
    figuresByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) =>
        prisma.observation.findMany({ where: { objectiveNumber: { in: [...numbers] }, ...figures.visibleTo(caller) }, orderBy: { code: "asc" } }),
      (row) => row.objectiveNumber ?? 0,
    ),
    agreementsByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) =>
        prisma.agreementObjective.findMany({ where: { objectiveNumber: { in: [...numbers] } }, include: { agreement: true }, orderBy: { agreementCode: "asc" } }),
      (row) => row.objectiveNumber,
    ),
    campaignsByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) => prisma.inspectionCampaign.findMany(byObjective(numbers)),
      (row) => row.objectiveNumber,
    ),
    portfoliosByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) => prisma.fundedProjectPortfolio.findMany(byObjective(numbers)),
      (row) => row.objectiveNumber,
    ),
    skillsMeasuresByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) => prisma.skillsRecognitionMeasure.findMany(byObjective(numbers)),
      (row) => row.objectiveNumber,
    ),
    workerMeasuresByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) => prisma.workerAttractionMeasure.findMany(byObjective(numbers)),
      (row) => row.objectiveNumber,
    ),
  };
}

function initiativeLoaders(prisma: LabourPrisma) {
  const byInitiative = (codes: readonly string[]) => ({ where: { initiativeCode: { in: [...codes] } } });
  // initiative_code is unique on agreements, portfolios and measures (one record per
  // initiative); an initiative may span several inspection campaigns.
  const initiativeOf = (row: { initiativeCode: string | null }) => row.initiativeCode ?? "";
  return {
    agreementByInitiative: loaderByKey(
      (codes: readonly string[]) => prisma.labourMobilityAgreement.findMany(byInitiative(codes)),
      initiativeOf,
    ),
    campaignsByInitiative: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.inspectionCampaign.findMany({ ...byInitiative(codes), orderBy: { code: "asc" } }),
      initiativeOf,
    ),
    portfolioByInitiative: loaderByKey(
      (codes: readonly string[]) => prisma.fundedProjectPortfolio.findMany(byInitiative(codes)),
      initiativeOf,
    ),
    skillsMeasureByInitiative: loaderByKey(
      (codes: readonly string[]) => prisma.skillsRecognitionMeasure.findMany(byInitiative(codes)),
      initiativeOf,
    ),
    workerMeasureByInitiative: loaderByKey(
      (codes: readonly string[]) => prisma.workerAttractionMeasure.findMany(byInitiative(codes)),
      initiativeOf,
    ),
  };
}
