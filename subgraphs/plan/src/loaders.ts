// Per-request DataLoaders: every entity and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request.
import { loaderByCode, loaderByKey, loaderGroupedByKey } from "@gcm-hub/kit";
import type { PlanPrisma } from "./prisma.js";

export type PlanLoaders = ReturnType<typeof createLoaders>;

export function createLoaders(prisma: PlanPrisma) {
  const initiativeLinks = { include: { initiative: true } } as const;
  return {
    objective: loaderByKey(
      (numbers: readonly number[]) => prisma.objective.findMany({ where: { number: { in: [...numbers] } } }),
      (row) => row.number,
    ),
    department: loaderByCode(prisma.department),
    country: loaderByKey(
      (isos: readonly string[]) => prisma.country.findMany({ where: { iso: { in: [...isos] } } }),
      (row) => row.iso,
    ),
    initiative: loaderByCode(prisma.initiative),
    initiativesByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) =>
        prisma.initiativeObjective.findMany({ where: { objectiveNumber: { in: [...numbers] } }, ...initiativeLinks, orderBy: { initiativeCode: "asc" } }),
      (row) => row.objectiveNumber,
    ),
    initiativesByDepartment: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.initiativeDepartment.findMany({ where: { departmentCode: { in: [...codes] } }, ...initiativeLinks, orderBy: { initiativeCode: "asc" } }),
      (row) => row.departmentCode,
    ),
    initiativesByCountry: loaderGroupedByKey(
      (isos: readonly string[]) =>
        prisma.initiativeCountry.findMany({ where: { countryIso: { in: [...isos] } }, ...initiativeLinks, orderBy: { initiativeCode: "asc" } }),
      (row) => row.countryIso,
    ),
    objectivesByInitiative: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.initiativeObjective.findMany({ where: { initiativeCode: { in: [...codes] } }, include: { objective: true }, orderBy: { objectiveNumber: "asc" } }),
      (row) => row.initiativeCode,
    ),
    participantsByInitiative: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.initiativeDepartment.findMany({ where: { initiativeCode: { in: [...codes] } }, include: { department: true }, orderBy: [{ role: "asc" }, { departmentCode: "asc" }] }),
      (row) => row.initiativeCode,
    ),
    countriesByInitiative: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.initiativeCountry.findMany({ where: { initiativeCode: { in: [...codes] } }, include: { country: true }, orderBy: { countryIso: "asc" } }),
      (row) => row.initiativeCode,
    ),
    figuresByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) =>
        prisma.observation.findMany({ where: { objectiveNumber: { in: [...numbers] } }, orderBy: { code: "asc" } }),
      (row) => row.objectiveNumber ?? 0,
    ),
  };
}
