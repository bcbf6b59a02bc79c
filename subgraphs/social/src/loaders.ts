// Per-request DataLoaders: every record and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request.
import { type Caller, loaderByCode, loaderGroupedByKey } from "@gcm-hub/kit";
import { figures } from "./department.js";
import type { SocialPrisma } from "./prisma.js";

export type SocialLoaders = ReturnType<typeof createLoaders>;

const byCode = { orderBy: { code: "asc" } } as const;

/** Loaders for one request; `caller` decides whether the department's draft figures are visible. */
export function createLoaders(prisma: SocialPrisma, caller: Caller | null) {
  return {
    convention: loaderByCode(prisma.socialSecurityConvention),
    healthAccessMeasure: loaderByCode(prisma.healthAccessMeasure),
    socialSupportMeasure: loaderByCode(prisma.socialSupportMeasure),
    healthPlan: loaderByCode(prisma.healthPlan),
    countriesByConvention: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.conventionCountry.findMany({ where: { conventionCode: { in: [...codes] } }, orderBy: { countryIso: "asc" } }),
      (row) => row.conventionCode,
    ),
    conventionsByCountry: loaderGroupedByKey(
      (isos: readonly string[]) =>
        prisma.conventionCountry.findMany({ where: { countryIso: { in: [...isos] } }, include: { convention: true }, orderBy: { conventionCode: "asc" } }),
      (row) => row.countryIso,
    ),
    conventionsByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) => prisma.socialSecurityConvention.findMany({ where: { objectiveNumber: { in: [...numbers] } }, ...byCode }),
      (row) => row.objectiveNumber,
    ),
    healthPlansByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) => prisma.healthPlan.findMany({ where: { objectiveNumber: { in: [...numbers] } }, ...byCode }),
      (row) => row.objectiveNumber ?? 0,
    ),
    figuresByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) => prisma.observation.findMany({ where: { objectiveNumber: { in: [...numbers] }, ...figures.visibleTo(caller) }, ...byCode }),
      (row) => row.objectiveNumber ?? 0,
    ),
    conventionsByInitiative: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.socialSecurityConvention.findMany({ where: { initiativeCode: { in: [...codes] } }, ...byCode }),
      (row) => row.initiativeCode ?? "",
    ),
    healthAccessMeasuresByInitiative: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.healthAccessMeasure.findMany({ where: { initiativeCode: { in: [...codes] } }, ...byCode }),
      (row) => row.initiativeCode ?? "",
    ),
    socialSupportMeasuresByInitiative: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.socialSupportMeasure.findMany({ where: { initiativeCode: { in: [...codes] } }, ...byCode }),
      (row) => row.initiativeCode ?? "",
    ),
    healthPlansByInitiative: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.healthPlan.findMany({ where: { initiativeCode: { in: [...codes] } }, ...byCode }),
      (row) => row.initiativeCode ?? "",
    ),
    healthAccessMeasuresComplementing: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.healthAccessMeasure.findMany({ where: { complementsCode: { in: [...codes] } }, ...byCode }),
      (row) => row.complementsCode ?? "",
    ),
  };
}
