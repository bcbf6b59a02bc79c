// Seeds the social subgraph from the report: typed, idempotent upserts in one
// short transaction (PGlite is a single session; nothing else runs inside it).
import { seedChecksum } from "@gcm-hub/kit";
import type { SocialPrisma } from "../src/prisma.js";
import { healthAccessMeasures, healthPlans, observations, socialSecurityConventions, socialSupportMeasures } from "./seed/report.js";

export const socialSeed = { socialSecurityConventions, healthAccessMeasures, socialSupportMeasures, healthPlans, observations };

export const socialSeedChecksum = seedChecksum(socialSeed);

export async function seedSocial(prisma: SocialPrisma): Promise<string> {
  await prisma.$transaction(
    async (tx) => {
      for (const { countries, ...convention } of socialSecurityConventions) {
        await tx.socialSecurityConvention.upsert({ where: { code: convention.code }, create: convention, update: convention });
        await tx.conventionCountry.deleteMany({ where: { conventionCode: convention.code } });
        await tx.conventionCountry.createMany({ data: countries.map((country) => ({ conventionCode: convention.code, ...country })) });
      }
      // Complemented measures first: a measure refers to the one it complements.
      const byParentFirst = [...healthAccessMeasures].sort((a, b) => Number(a.complementsCode !== null) - Number(b.complementsCode !== null));
      for (const measure of byParentFirst) {
        await tx.healthAccessMeasure.upsert({ where: { code: measure.code }, create: measure, update: measure });
      }
      for (const measure of socialSupportMeasures) {
        await tx.socialSupportMeasure.upsert({ where: { code: measure.code }, create: measure, update: measure });
      }
      for (const plan of healthPlans) {
        await tx.healthPlan.upsert({ where: { code: plan.code }, create: plan, update: plan });
      }
      for (const observation of observations) {
        await tx.observation.upsert({ where: { code: observation.code }, create: observation, update: observation });
      }
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return (
    `${socialSecurityConventions.length} social security conventions, ${healthAccessMeasures.length} health access measures, ` +
    `${socialSupportMeasures.length} social support measures, ${healthPlans.length} health plans, ${observations.length} figures`
  );
}
