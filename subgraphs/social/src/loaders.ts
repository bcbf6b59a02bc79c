// Per-request DataLoaders: every record and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request.
import { type Caller, loaderGroupedByKey, loadersByCode } from "@gcm-hub/kit";
import { figures } from "./department.js";
import type { SocialPrisma } from "./prisma.js";

export type SocialLoaders = ReturnType<typeof createLoaders>;

const byCode = { orderBy: { code: "asc" } } as const;

/** Loaders for one request; `caller` decides whether the department's draft figures are visible. */
export function createLoaders(prisma: SocialPrisma, caller: Caller | null) {
  return {
    ...figures.loaders(prisma, caller),
    ...loadersByCode({
      conventions: prisma.socialSecurityConvention,
      healthAccessMeasures: prisma.healthAccessMeasure,
      socialSupportMeasures: prisma.socialSupportMeasure,
      healthPlans: prisma.healthPlan,
    }),
    countriesByConvention: loaderGroupedByKey("conventionCode", (codes: string[]) => prisma.conventionCountry.findMany({ where: { conventionCode: { in: codes } }, orderBy: { countryIso: "asc" } })),
    conventionsByCountry: loaderGroupedByKey("countryIso", (isos: string[]) => prisma.conventionCountry.findMany({ where: { countryIso: { in: isos } }, include: { convention: true }, orderBy: { conventionCode: "asc" } })),
    conventionsByObjective: loaderGroupedByKey("objectiveNumber", (numbers: number[]) => prisma.socialSecurityConvention.findMany({ where: { objectiveNumber: { in: numbers } }, ...byCode })),
    healthPlansByObjective: loaderGroupedByKey("objectiveNumber", (numbers: number[]) => prisma.healthPlan.findMany({ where: { objectiveNumber: { in: numbers } }, ...byCode })),
    conventionsByInitiative: loaderGroupedByKey("initiativeCode", (codes: string[]) => prisma.socialSecurityConvention.findMany({ where: { initiativeCode: { in: codes } }, ...byCode })),
    healthAccessMeasuresByInitiative: loaderGroupedByKey("initiativeCode", (codes: string[]) => prisma.healthAccessMeasure.findMany({ where: { initiativeCode: { in: codes } }, ...byCode })),
    socialSupportMeasuresByInitiative: loaderGroupedByKey("initiativeCode", (codes: string[]) => prisma.socialSupportMeasure.findMany({ where: { initiativeCode: { in: codes } }, ...byCode })),
    healthPlansByInitiative: loaderGroupedByKey("initiativeCode", (codes: string[]) => prisma.healthPlan.findMany({ where: { initiativeCode: { in: codes } }, ...byCode })),
    healthAccessMeasuresComplementing: loaderGroupedByKey("complementsCode", (codes: string[]) => prisma.healthAccessMeasure.findMany({ where: { complementsCode: { in: codes } }, ...byCode })),
  };
}
