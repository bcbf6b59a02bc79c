// Per-request DataLoaders: every record and relation is fetched with one SQL
// statement per batch, whatever the number of parents in the request.
import { type Caller, loaderByKey, loaderGroupedByKey } from "@gcm-hub/kit";
import { figures } from "./department.js";
import type { BorderPrisma } from "./prisma.js";

export type BorderLoaders = ReturnType<typeof createLoaders>;

/**
 * Records grouped by the objectives they work towards. A record lists its
 * objectives in an array column, so one row can land in several groups.
 */
function byObjective<Row extends { objectiveNumbers: number[] }>(findRows: (numbers: number[]) => Promise<Row[]>) {
  return loaderGroupedByKey(
    async (numbers: readonly number[]) =>
      (await findRows([...numbers])).flatMap((row) => row.objectiveNumbers.map((objectiveNumber) => ({ objectiveNumber, row }))),
    (link) => link.objectiveNumber,
  );
}

/** Records grouped by the plan initiative they detail. */
function byInitiative<Row extends { initiativeCode: string | null }>(findRows: (codes: string[]) => Promise<Row[]>) {
  return loaderGroupedByKey((codes: readonly string[]) => findRows([...codes]), (row) => row.initiativeCode ?? "");
}

/**
 * Loaders for one request; `caller` decides whether the department's draft figures
 * are visible. No border record refers to a figure, so every figure loader filters.
 */
export function createLoaders(prisma: BorderPrisma, caller: Caller | null) {
  const visible = figures.visibleTo(caller);
  const ordered = { orderBy: { code: "asc" } } as const;
  const touching = (numbers: number[]) => ({ where: { objectiveNumbers: { hasSome: numbers } }, ...ordered });
  const detailing = (codes: string[]) => ({ where: { initiativeCode: { in: codes } }, ...ordered });
  return {
    figure: loaderByKey(
      (codes: readonly string[]) => prisma.observation.findMany({ where: { code: { in: [...codes] }, ...visible } }),
      (row) => row.code,
    ),
    project: loaderByKey(
      (codes: readonly string[]) => prisma.borderProject.findMany({ where: { code: { in: [...codes] } } }),
      (row) => row.code,
    ),
    protocol: loaderByKey(
      (codes: readonly string[]) => prisma.borderProtocol.findMany({ where: { code: { in: [...codes] } } }),
      (row) => row.code,
    ),
    system: loaderByKey(
      (codes: readonly string[]) => prisma.borderSystem.findMany({ where: { code: { in: [...codes] } } }),
      (row) => row.code,
    ),
    facility: loaderByKey(
      (codes: readonly string[]) => prisma.borderFacility.findMany({ where: { code: { in: [...codes] } } }),
      (row) => row.code,
    ),
    policyDocument: loaderByKey(
      (codes: readonly string[]) => prisma.borderPolicyDocument.findMany({ where: { code: { in: [...codes] } } }),
      (row) => row.code,
    ),
    documentationMeasure: loaderByKey(
      (codes: readonly string[]) => prisma.documentationMeasure.findMany({ where: { code: { in: [...codes] } } }),
      (row) => row.code,
    ),
    regularisationMeasure: loaderByKey(
      (codes: readonly string[]) => prisma.regularisationMeasure.findMany({ where: { code: { in: [...codes] } } }),
      (row) => row.code,
    ),
    referralSystem: loaderByKey(
      (codes: readonly string[]) => prisma.traffickingReferralSystem.findMany({ where: { code: { in: [...codes] } } }),
      (row) => row.code,
    ),

    participantsByProject: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.borderProjectParticipant.findMany({ where: { projectCode: { in: [...codes] } }, orderBy: [{ role: "asc" }, { departmentCode: "asc" }] }),
      (row) => row.projectCode,
    ),
    countriesByProject: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.borderProjectCountry.findMany({ where: { projectCode: { in: [...codes] } }, orderBy: [{ role: "asc" }, { countryIso: "asc" }] }),
      (row) => row.projectCode,
    ),
    partiesByProtocol: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.borderProtocolParty.findMany({ where: { protocolCode: { in: [...codes] } }, orderBy: [{ protocolCode: "asc" }, { position: "asc" }] }),
      (row) => row.protocolCode,
    ),
    facilitiesByPolicyDocument: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.borderFacility.findMany({ where: { policyDocumentCode: { in: [...codes] } }, ...ordered }),
      (row) => row.policyDocumentCode ?? "",
    ),

    figuresByObjective: loaderGroupedByKey(
      (numbers: readonly number[]) => prisma.observation.findMany({ where: { objectiveNumber: { in: [...numbers] }, ...visible }, ...ordered }),
      (row) => row.objectiveNumber ?? 0,
    ),
    projectsByObjective: byObjective((numbers) => prisma.borderProject.findMany(touching(numbers))),
    protocolsByObjective: byObjective((numbers) => prisma.borderProtocol.findMany(touching(numbers))),
    systemsByObjective: byObjective((numbers) => prisma.borderSystem.findMany(touching(numbers))),
    facilitiesByObjective: byObjective((numbers) => prisma.borderFacility.findMany(touching(numbers))),
    policyDocumentsByObjective: byObjective((numbers) => prisma.borderPolicyDocument.findMany(touching(numbers))),
    documentationMeasuresByObjective: byObjective((numbers) => prisma.documentationMeasure.findMany(touching(numbers))),
    referralSystemsByObjective: byObjective((numbers) => prisma.traffickingReferralSystem.findMany(touching(numbers))),

    projectsByInitiative: byInitiative((codes) => prisma.borderProject.findMany(detailing(codes))),
    protocolsByInitiative: byInitiative((codes) => prisma.borderProtocol.findMany(detailing(codes))),
    systemsByInitiative: byInitiative((codes) => prisma.borderSystem.findMany(detailing(codes))),
    facilitiesByInitiative: byInitiative((codes) => prisma.borderFacility.findMany(detailing(codes))),
    policyDocumentsByInitiative: byInitiative((codes) => prisma.borderPolicyDocument.findMany(detailing(codes))),
    documentationMeasuresByInitiative: byInitiative((codes) => prisma.documentationMeasure.findMany(detailing(codes))),
    regularisationMeasuresByInitiative: byInitiative((codes) => prisma.regularisationMeasure.findMany(detailing(codes))),
    referralSystemsByInitiative: byInitiative((codes) => prisma.traffickingReferralSystem.findMany(detailing(codes))),

    projectsByCountry: loaderGroupedByKey(
      (isos: readonly string[]) =>
        prisma.borderProjectCountry.findMany({ where: { countryIso: { in: [...isos] } }, include: { project: true }, orderBy: { projectCode: "asc" } }),
      (row) => row.countryIso,
    ),
    protocolsByCountry: loaderGroupedByKey(
      (isos: readonly string[]) =>
        prisma.borderProtocolParty.findMany({ where: { countryIso: { in: [...isos] } }, include: { protocol: true }, orderBy: { protocolCode: "asc" } }),
      (row) => row.countryIso ?? "",
    ),
    projectsByDepartment: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.borderProjectParticipant.findMany({ where: { departmentCode: { in: [...codes] } }, include: { project: true }, orderBy: { projectCode: "asc" } }),
      (row) => row.departmentCode,
    ),
    protocolsByDepartment: loaderGroupedByKey(
      (codes: readonly string[]) =>
        prisma.borderProtocolParty.findMany({ where: { departmentCode: { in: [...codes] } }, include: { protocol: true }, orderBy: { protocolCode: "asc" } }),
      (row) => row.departmentCode ?? "",
    ),
    systemsByOperator: loaderGroupedByKey(
      (codes: readonly string[]) => prisma.borderSystem.findMany({ where: { operatorCode: { in: [...codes] } }, ...ordered }),
      (row) => row.operatorCode ?? "",
    ),
  };
}
