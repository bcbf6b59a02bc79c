// Seeds the labour subgraph from the report: typed, idempotent upserts in one
// short transaction (PGlite is a single session; nothing else runs inside it).
import { seedChecksum } from "@gcm-hub/kit";
import type { LabourPrisma } from "../src/prisma.js";
import {
  fundedProjectPortfolios,
  inspectionCampaigns,
  labourMobilityAgreements,
  observations,
  skillsRecognitionMeasures,
  workerAttractionMeasures,
} from "./seed/report.js";

export const labourSeed = {
  observations,
  labourMobilityAgreements,
  inspectionCampaigns,
  fundedProjectPortfolios,
  skillsRecognitionMeasures,
  workerAttractionMeasures,
};

export const labourSeedChecksum = seedChecksum(labourSeed);

export async function seedLabour(prisma: LabourPrisma): Promise<string> {
  await prisma.$transaction(
    async (tx) => {
      // Figures first: inspection campaigns and project portfolios point at them.
      for (const observation of observations) {
        await tx.observation.upsert({ where: { code: observation.code }, create: observation, update: observation });
      }
      for (const { countries, objectives, ...agreement } of labourMobilityAgreements) {
        await tx.labourMobilityAgreement.upsert({ where: { code: agreement.code }, create: agreement, update: agreement });
        const agreementCode = agreement.code;
        await tx.agreementCountry.deleteMany({ where: { agreementCode } });
        await tx.agreementObjective.deleteMany({ where: { agreementCode } });
        await tx.agreementCountry.createMany({ data: countries.map((country) => ({ agreementCode, ...country })) });
        await tx.agreementObjective.createMany({ data: objectives.map((objectiveNumber) => ({ agreementCode, objectiveNumber })) });
      }
      for (const { sectors, bodies, countries, ...campaign } of inspectionCampaigns) {
        await tx.inspectionCampaign.upsert({ where: { code: campaign.code }, create: campaign, update: campaign });
        const campaignCode = campaign.code;
        await tx.inspectionSector.deleteMany({ where: { campaignCode } });
        await tx.inspectionBody.deleteMany({ where: { campaignCode } });
        await tx.inspectionCountry.deleteMany({ where: { campaignCode } });
        await tx.inspectionSector.createMany({ data: sectors.map((sector) => ({ campaignCode, sector })) });
        await tx.inspectionBody.createMany({ data: bodies.map((departmentCode) => ({ campaignCode, departmentCode })) });
        await tx.inspectionCountry.createMany({ data: countries.map((country) => ({ campaignCode, ...country })) });
      }
      for (const portfolio of fundedProjectPortfolios) {
        await tx.fundedProjectPortfolio.upsert({ where: { code: portfolio.code }, create: portfolio, update: portfolio });
      }
      for (const measure of skillsRecognitionMeasures) {
        await tx.skillsRecognitionMeasure.upsert({ where: { code: measure.code }, create: measure, update: measure });
      }
      for (const measure of workerAttractionMeasures) {
        await tx.workerAttractionMeasure.upsert({ where: { code: measure.code }, create: measure, update: measure });
      }
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return (
    `${labourMobilityAgreements.length} labour mobility agreements, ${inspectionCampaigns.length} inspection campaigns, ` +
    `${fundedProjectPortfolios.length} funded project portfolios, ${skillsRecognitionMeasures.length} skills recognition measures, ` +
    `${workerAttractionMeasures.length} worker attraction measures, ${observations.length} figures`
  );
}
