// Per-request DataLoaders: every entity and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request.
import { type Caller, loaderByCode, loaderByKey, loaderGroupedByKey } from "@gcm-hub/kit";
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
    programme: loaderByCode(prisma.programme),
    centreType: loaderByCode(prisma.supportCentreType),
    // One centre type per department: plan models each kind of centre as one body.
    centreTypeByDepartment: loaderByKey(
      (codes: readonly string[]) => prisma.supportCentreType.findMany({ where: { departmentCode: { in: [...codes] } } }),
      (row) => row.departmentCode,
    ),
    centreTypesByNetwork: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.supportCentreType.findMany({ where: { networkCode: { in: [...codes] } }, ...byCode }),
      (row) => row.networkCode,
    ),
    servicesByCentreType: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.programme.findMany({ where: { centreTypeCode: { in: [...codes] } }, ...byCode }),
      (row) => row.centreTypeCode ?? "",
    ),
    programmesByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) => prisma.programmeObjective.findMany({ where: { objectiveNumber: { in: [...numbers] } }, ...withProgramme }),
      (row) => row.objectiveNumber,
    ),
    programmesByDepartment: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.programmeParticipant.findMany({ where: { departmentCode: { in: [...codes] } }, ...withProgramme }),
      (row) => row.departmentCode,
    ),
    programmesByInitiative: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.programme.findMany({ where: { initiativeCode: { in: [...codes] } }, ...byCode }),
      (row) => row.initiativeCode ?? "",
    ),
    objectivesByProgramme: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.programmeObjective.findMany({ where: { programmeCode: { in: [...codes] } }, orderBy: { objectiveNumber: "asc" } }),
      (row) => row.programmeCode,
    ),
    participantsByProgramme: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.programmeParticipant.findMany({ where: { programmeCode: { in: [...codes] } }, orderBy: [{ role: "asc" }, { departmentCode: "asc" }] }),
      (row) => row.programmeCode,
    ),
    figuresByProgramme: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.observation.findMany({ where: { ...visible, programmeCode: { in: [...codes] } }, ...byCode }),
      (row) => row.programmeCode ?? "",
    ),
    figuresByCentreType: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.observation.findMany({ where: { ...visible, centreTypeCode: { in: [...codes] } }, ...byCode }),
      (row) => row.centreTypeCode ?? "",
    ),
    figuresByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) => prisma.observation.findMany({ where: { ...visible, objectiveNumber: { in: [...numbers] } }, ...byCode }),
      (row) => row.objectiveNumber ?? 0,
    ),
  };
}
