// Per-request DataLoaders: every entity and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request.
import { type Caller, loaderByKey, loaderByCode, loaderGroupedByKey } from "@gcm-hub/kit";
import { figures } from "./department.js";
import type { IntegrationPrisma } from "./prisma.js";

export type IntegrationLoaders = ReturnType<typeof createLoaders>;

/** Loaders for one request; `caller` decides whether the department's draft figures are visible. */
export function createLoaders(prisma: IntegrationPrisma, caller: Caller | null) {
  const byCode = { orderBy: { code: "asc" } } as const;
  // Every figure list filters drafts: a recorded figure has no programme or centre
  // type today, but a draft must never reach a public read whatever links it gains.
  const visible = figures.visibleTo(caller);
  const withProgramme = { include: { programme: true }, orderBy: { programmeCode: "asc" } } as const;
  return {
    ...figures.loaders(prisma, caller),
    programme: loaderByCode(prisma.programme),
    centreType: loaderByCode(prisma.supportCentreType),
    // One centre type per department: plan models each kind of centre as one body.
    centreTypeByDepartment: loaderByKey("departmentCode", (codes: string[]) => prisma.supportCentreType.findMany({ where: { departmentCode: { in: codes } } })),
    centreTypesByNetwork: loaderGroupedByKey("networkCode", (codes: string[]) => prisma.supportCentreType.findMany({ where: { networkCode: { in: codes } }, ...byCode })),
    servicesByCentreType: loaderGroupedByKey("centreTypeCode", (codes: string[]) => prisma.programme.findMany({ where: { centreTypeCode: { in: codes } }, ...byCode })),
    programmesByObjective: loaderGroupedByKey("objectiveNumber", (numbers: number[]) => prisma.programmeObjective.findMany({ where: { objectiveNumber: { in: numbers } }, ...withProgramme })),
    programmesByDepartment: loaderGroupedByKey("departmentCode", (codes: string[]) => prisma.programmeParticipant.findMany({ where: { departmentCode: { in: codes } }, ...withProgramme })),
    programmesByInitiative: loaderGroupedByKey("initiativeCode", (codes: string[]) => prisma.programme.findMany({ where: { initiativeCode: { in: codes } }, ...byCode })),
    objectivesByProgramme: loaderGroupedByKey("programmeCode", (codes: string[]) => prisma.programmeObjective.findMany({ where: { programmeCode: { in: codes } }, orderBy: { objectiveNumber: "asc" } })),
    participantsByProgramme: loaderGroupedByKey("programmeCode", (codes: string[]) => prisma.programmeParticipant.findMany({ where: { programmeCode: { in: codes } }, orderBy: [{ role: "asc" }, { departmentCode: "asc" }] })),
    figuresByProgramme: loaderGroupedByKey("programmeCode", (codes: string[]) => prisma.observation.findMany({ where: { ...visible, programmeCode: { in: codes } }, ...byCode })),
    figuresByCentreType: loaderGroupedByKey("centreTypeCode", (codes: string[]) => prisma.observation.findMany({ where: { ...visible, centreTypeCode: { in: codes } }, ...byCode })),
  };
}
