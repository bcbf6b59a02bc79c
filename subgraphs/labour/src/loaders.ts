// Per-request DataLoaders: every record and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request. Keys of
// plan's entities (objective numbers, ISO codes, department and initiative
// codes) are plain columns here, so these loaders never call plan.
import { type Caller, loaderByKey, loaderByInitiative, loaderGroupedByKey, loadersByCode } from "@gcm-hub/kit";
import { figures } from "./department.js";
import type { LabourPrisma } from "./prisma.js";

export type LabourLoaders = ReturnType<typeof createLoaders>;

/** Loaders for one request; `caller` decides whether the department's drafts are visible. */
export function createLoaders(prisma: LabourPrisma, caller: Caller | null) {
  return {
    ...figures.loaders(prisma, caller),
    ...recordLoaders(prisma),
    ...agreementLoaders(prisma),
    ...inspectionLoaders(prisma),
    ...objectiveLoaders(prisma),
    ...initiativeLoaders(prisma),
  };
}

function recordLoaders(prisma: LabourPrisma) {
  return loadersByCode({
    agreements: prisma.labourMobilityAgreement,
    campaigns: prisma.inspectionCampaign,
    portfolios: prisma.fundedProjectPortfolio,
    skillsMeasures: prisma.skillsRecognitionMeasure,
    workerMeasures: prisma.workerAttractionMeasure,
  });
}

function agreementLoaders(prisma: LabourPrisma) {
  return {
    agreementsByCountry: loaderGroupedByKey("countryIso", (isos: string[]) => prisma.agreementCountry.findMany({ where: { countryIso: { in: isos } }, include: { agreement: true }, orderBy: { agreementCode: "asc" } })),
    countriesByAgreement: loaderGroupedByKey("agreementCode", (codes: string[]) => prisma.agreementCountry.findMany({ where: { agreementCode: { in: codes } }, orderBy: { countryIso: "asc" } })),
    objectivesByAgreement: loaderGroupedByKey("agreementCode", (codes: string[]) => prisma.agreementObjective.findMany({ where: { agreementCode: { in: codes } }, orderBy: { objectiveNumber: "asc" } })),
  };
}

function inspectionLoaders(prisma: LabourPrisma) {
  return {
    campaignsByDepartment: loaderGroupedByKey("departmentCode", (codes: string[]) => prisma.inspectionBody.findMany({ where: { departmentCode: { in: codes } }, include: { campaign: true }, orderBy: { campaignCode: "asc" } })),
    campaignsByCountry: loaderGroupedByKey("countryIso", (isos: string[]) => prisma.inspectionCountry.findMany({ where: { countryIso: { in: isos } }, include: { campaign: true }, orderBy: { campaignCode: "asc" } })),
    sectorsByCampaign: loaderGroupedByKey("campaignCode", (codes: string[]) => prisma.inspectionSector.findMany({ where: { campaignCode: { in: codes } }, orderBy: { sector: "asc" } })),
    bodiesByCampaign: loaderGroupedByKey("campaignCode", (codes: string[]) => prisma.inspectionBody.findMany({ where: { campaignCode: { in: codes } }, orderBy: { departmentCode: "asc" } })),
    countriesByCampaign: loaderGroupedByKey("campaignCode", (codes: string[]) => prisma.inspectionCountry.findMany({ where: { campaignCode: { in: codes } }, orderBy: { countryIso: "asc" } })),
  };
}

function objectiveLoaders(prisma: LabourPrisma) {
  return {
    agreementsByObjective: loaderGroupedByKey("objectiveNumber", (numbers: number[]) => prisma.agreementObjective.findMany({ where: { objectiveNumber: { in: numbers } }, include: { agreement: true }, orderBy: { agreementCode: "asc" } })),
    campaignsByObjective: loaderGroupedByKey("objectiveNumber", (numbers: number[]) => prisma.inspectionCampaign.findMany({ where: { objectiveNumber: { in: numbers } }, orderBy: { code: "asc" } })),
    portfoliosByObjective: loaderGroupedByKey("objectiveNumber", (numbers: number[]) => prisma.fundedProjectPortfolio.findMany({ where: { objectiveNumber: { in: numbers } }, orderBy: { code: "asc" } })),
    skillsMeasuresByObjective: loaderGroupedByKey("objectiveNumber", (numbers: number[]) => prisma.skillsRecognitionMeasure.findMany({ where: { objectiveNumber: { in: numbers } }, orderBy: { code: "asc" } })),
    workerMeasuresByObjective: loaderGroupedByKey("objectiveNumber", (numbers: number[]) => prisma.workerAttractionMeasure.findMany({ where: { objectiveNumber: { in: numbers } }, orderBy: { code: "asc" } })),
  };
}

function initiativeLoaders(prisma: LabourPrisma) {
  // initiative_code is unique on agreements, portfolios and measures (one record per
  // initiative); an initiative may span several inspection campaigns.
  const detailing = (codes: string[]) => ({ where: { initiativeCode: { in: codes } } });
  return {
    agreementByInitiative: loaderByKey("initiativeCode", (codes: string[]) => prisma.labourMobilityAgreement.findMany(detailing(codes))),
    campaignsByInitiative: loaderByInitiative(prisma.inspectionCampaign),
    portfolioByInitiative: loaderByKey("initiativeCode", (codes: string[]) => prisma.fundedProjectPortfolio.findMany(detailing(codes))),
    skillsMeasureByInitiative: loaderByKey("initiativeCode", (codes: string[]) => prisma.skillsRecognitionMeasure.findMany(detailing(codes))),
    workerMeasureByInitiative: loaderByKey("initiativeCode", (codes: string[]) => prisma.workerAttractionMeasure.findMany(detailing(codes))),
  };
}
