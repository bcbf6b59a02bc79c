// Seeds the border subgraph from the report: typed, idempotent upserts in one
// short transaction (PGlite is a single session; nothing else runs inside it).
import { seedChecksum } from "@gcm-hub/kit";
import type { BorderPrisma } from "../src/prisma.js";
import {
  documentationMeasures,
  facilities,
  observations,
  policyDocuments,
  projects,
  protocols,
  referralSystems,
  regularisationMeasures,
  systems,
} from "./seed/report.js";

export const borderSeed = {
  projects,
  protocols,
  systems,
  policyDocuments,
  facilities,
  documentationMeasures,
  regularisationMeasures,
  referralSystems,
  observations,
};

export const borderSeedChecksum = seedChecksum(borderSeed);

export async function seedBorder(prisma: BorderPrisma): Promise<string> {
  await prisma.$transaction(
    async (tx) => {
      for (const { participants, countries, ...project } of projects) {
        await tx.borderProject.upsert({ where: { code: project.code }, create: project, update: project });
        const projectCode = project.code;
        await tx.borderProjectParticipant.deleteMany({ where: { projectCode } });
        await tx.borderProjectCountry.deleteMany({ where: { projectCode } });
        await tx.borderProjectParticipant.createMany({ data: participants.map((participant) => ({ projectCode, ...participant })) });
        await tx.borderProjectCountry.createMany({ data: countries.map((country) => ({ projectCode, ...country })) });
      }
      for (const { parties, ...protocol } of protocols) {
        await tx.borderProtocol.upsert({ where: { code: protocol.code }, create: protocol, update: protocol });
        const protocolCode = protocol.code;
        await tx.borderProtocolParty.deleteMany({ where: { protocolCode } });
        await tx.borderProtocolParty.createMany({ data: parties.map((party, position) => ({ protocolCode, position, ...party })) });
      }
      for (const system of systems) {
        await tx.borderSystem.upsert({ where: { code: system.code }, create: system, update: system });
      }
      // Before facilities, which refer to the plan they are set up under.
      for (const document of policyDocuments) {
        await tx.borderPolicyDocument.upsert({ where: { code: document.code }, create: document, update: document });
      }
      for (const facility of facilities) {
        await tx.borderFacility.upsert({ where: { code: facility.code }, create: facility, update: facility });
      }
      for (const measure of documentationMeasures) {
        await tx.documentationMeasure.upsert({ where: { code: measure.code }, create: measure, update: measure });
      }
      for (const measure of regularisationMeasures) {
        await tx.regularisationMeasure.upsert({ where: { code: measure.code }, create: measure, update: measure });
      }
      for (const system of referralSystems) {
        await tx.traffickingReferralSystem.upsert({ where: { code: system.code }, create: system, update: system });
      }
      for (const observation of observations) {
        await tx.observation.upsert({ where: { code: observation.code }, create: observation, update: observation });
      }
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return (
    `${projects.length} cooperation projects, ${protocols.length} protocols, ${systems.length} systems, ` +
    `${policyDocuments.length} strategy documents, ${facilities.length} facilities, ${documentationMeasures.length} documentation measures, ` +
    `${regularisationMeasures.length} regularisation measures, ${referralSystems.length} referral systems, ${observations.length} figures`
  );
}
