// Per-request DataLoaders: every entity and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request.
import { loaderByKey, loaderByCode, loaderGroupedByKey } from "@gcm-hub/kit";
import type { PlanPrisma } from "./prisma.js";

export type PlanLoaders = ReturnType<typeof createLoaders>;

export function createLoaders(prisma: PlanPrisma) {
  const initiativeLinks = { include: { initiative: true } } as const;
  return {
    objective: loaderByKey("number", (numbers: number[]) => prisma.objective.findMany({ where: { number: { in: numbers } } })),
    department: loaderByCode(prisma.department),
    country: loaderByKey("iso", (isos: string[]) => prisma.country.findMany({ where: { iso: { in: isos } } })),
    initiative: loaderByCode(prisma.initiative),
    initiativesByObjective: loaderGroupedByKey("objectiveNumber", (numbers: number[]) => prisma.initiativeObjective.findMany({ where: { objectiveNumber: { in: numbers } }, ...initiativeLinks, orderBy: { initiativeCode: "asc" } })),
    initiativesByDepartment: loaderGroupedByKey("departmentCode", (codes: string[]) => prisma.initiativeDepartment.findMany({ where: { departmentCode: { in: codes } }, ...initiativeLinks, orderBy: { initiativeCode: "asc" } })),
    initiativesByCountry: loaderGroupedByKey("countryIso", (isos: string[]) => prisma.initiativeCountry.findMany({ where: { countryIso: { in: isos } }, ...initiativeLinks, orderBy: { initiativeCode: "asc" } })),
    objectivesByInitiative: loaderGroupedByKey("initiativeCode", (codes: string[]) => prisma.initiativeObjective.findMany({ where: { initiativeCode: { in: codes } }, include: { objective: true }, orderBy: { objectiveNumber: "asc" } })),
    participantsByInitiative: loaderGroupedByKey("initiativeCode", (codes: string[]) => prisma.initiativeDepartment.findMany({ where: { initiativeCode: { in: codes } }, include: { department: true }, orderBy: [{ role: "asc" }, { departmentCode: "asc" }] })),
    countriesByInitiative: loaderGroupedByKey("initiativeCode", (codes: string[]) => prisma.initiativeCountry.findMany({ where: { initiativeCode: { in: codes } }, include: { country: true }, orderBy: { countryIso: "asc" } })),
    figuresByObjective: loaderGroupedByKey("objectiveNumber", (numbers: number[]) => prisma.observation.findMany({ where: { objectiveNumber: { in: numbers } }, orderBy: { code: "asc" } })),
  };
}
