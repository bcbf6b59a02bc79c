// Seeds the diaspora subgraph from the report: typed, idempotent upserts in one
// short transaction (PGlite is a single session; nothing else runs inside it).
import { seedChecksum } from "@gcm-hub/kit";
import type { DiasporaPrisma } from "../src/prisma.js";
import {
  consularServiceModels,
  cooperationAgreements,
  developmentProjects,
  diasporaProgrammes,
  internationalEngagements,
  observations,
  remittanceAssessments,
  returnProgrammes,
  supportOfficeNetworks,
} from "./seed/report.js";

export const diasporaSeed = {
  cooperationAgreements,
  developmentProjects,
  consularServiceModels,
  supportOfficeNetworks,
  diasporaProgrammes,
  remittanceAssessments,
  returnProgrammes,
  internationalEngagements,
  observations,
};

export const diasporaSeedChecksum = seedChecksum(diasporaSeed);

export async function seedDiaspora(prisma: DiasporaPrisma): Promise<string> {
  await prisma.$transaction(
    async (tx) => {
      for (const observation of observations) {
        await tx.observation.upsert({ where: { code: observation.code }, create: observation, update: observation });
      }
      for (const { countries, ...agreement } of cooperationAgreements) {
        await tx.cooperationAgreement.upsert({ where: { code: agreement.code }, create: agreement, update: agreement });
        await tx.cooperationAgreementCountry.deleteMany({ where: { agreementCode: agreement.code } });
        await tx.cooperationAgreementCountry.createMany({ data: countries.map((country) => ({ agreementCode: agreement.code, ...country })) });
      }
      for (const { countries, ...project } of developmentProjects) {
        await tx.developmentProject.upsert({ where: { code: project.code }, create: project, update: project });
        await tx.developmentProjectCountry.deleteMany({ where: { projectCode: project.code } });
        await tx.developmentProjectCountry.createMany({ data: countries.map((country) => ({ projectCode: project.code, ...country })) });
      }
      for (const model of consularServiceModels) {
        await tx.consularServiceModel.upsert({ where: { code: model.code }, create: model, update: model });
      }
      for (const network of supportOfficeNetworks) {
        await tx.supportOfficeNetwork.upsert({ where: { code: network.code }, create: network, update: network });
      }
      for (const programme of diasporaProgrammes) {
        await tx.diasporaProgramme.upsert({ where: { code: programme.code }, create: programme, update: programme });
      }
      for (const assessment of remittanceAssessments) {
        await tx.remittanceAssessment.upsert({ where: { code: assessment.code }, create: assessment, update: assessment });
      }
      for (const programme of returnProgrammes) {
        await tx.returnProgramme.upsert({ where: { code: programme.code }, create: programme, update: programme });
      }
      // Parents first: an engagement's parentCode refers to another engagement.
      const byParentFirst = [...internationalEngagements].sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null));
      for (const engagement of byParentFirst) {
        await tx.internationalEngagement.upsert({ where: { code: engagement.code }, create: engagement, update: engagement });
      }
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return (
    `${cooperationAgreements.length} cooperation agreements, ${developmentProjects.length} development projects, ` +
    `${consularServiceModels.length} consular service models, ${supportOfficeNetworks.length} support office networks, ` +
    `${diasporaProgrammes.length} diaspora programmes, ${remittanceAssessments.length} remittance assessments, ` +
    `${returnProgrammes.length} return programmes, ${internationalEngagements.length} international engagements, ${observations.length} figures`
  );
}
