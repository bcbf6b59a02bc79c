// Seeds the plan catalogue from the report: typed, idempotent upserts in one
// short transaction (PGlite is a single session; nothing else runs inside it).
import { seedChecksum } from "@gcm-hub/kit";
import type { PlanPrisma } from "../src/prisma.js";
import { countries, departments, guidingPrinciples, initiatives, milestones, objectives, observations, pillars } from "./seed/report.js";

export const planSeed = { pillars, objectives, guidingPrinciples, departments, countries, initiatives, observations, milestones };

export const planSeedChecksum = seedChecksum(planSeed);

export async function seedPlan(prisma: PlanPrisma): Promise<string> {
  await prisma.$transaction(
    async (tx) => {
      for (const pillar of pillars) {
        await tx.pillar.upsert({ where: { number: pillar.number }, create: pillar, update: pillar });
      }
      for (const objective of objectives) {
        await tx.objective.upsert({ where: { number: objective.number }, create: objective, update: objective });
      }
      for (const principle of guidingPrinciples) {
        await tx.guidingPrinciple.upsert({ where: { number: principle.number }, create: principle, update: principle });
      }
      for (const department of departments) {
        await tx.department.upsert({ where: { code: department.code }, create: department, update: department });
      }
      for (const country of countries) {
        await tx.country.upsert({ where: { iso: country.iso }, create: country, update: country });
      }
      for (const { objectives: objectiveNumbers, participants, countries: involved, ...initiative } of initiatives) {
        await tx.initiative.upsert({ where: { code: initiative.code }, create: initiative, update: initiative });
        const initiativeCode = initiative.code;
        await tx.initiativeObjective.deleteMany({ where: { initiativeCode } });
        await tx.initiativeDepartment.deleteMany({ where: { initiativeCode } });
        await tx.initiativeCountry.deleteMany({ where: { initiativeCode } });
        await tx.initiativeObjective.createMany({ data: objectiveNumbers.map((objectiveNumber) => ({ initiativeCode, objectiveNumber })) });
        await tx.initiativeDepartment.createMany({ data: participants.map((participant) => ({ initiativeCode, ...participant })) });
        await tx.initiativeCountry.createMany({ data: involved.map((country) => ({ initiativeCode, ...country })) });
      }
      for (const observation of observations) {
        await tx.observation.upsert({ where: { code: observation.code }, create: observation, update: observation });
      }
      for (const milestone of milestones) {
        await tx.milestone.upsert({ where: { code: milestone.code }, create: milestone, update: milestone });
      }
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return (
    `${pillars.length} pillars, ${objectives.length} objectives, ${guidingPrinciples.length} guiding principles, ` +
    `${departments.length} departments, ${countries.length} countries, ${initiatives.length} initiatives, ${observations.length} figures, ${milestones.length} milestones`
  );
}
