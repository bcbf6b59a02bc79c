// The small lists: funded project portfolios, skills recognition and worker
// attraction measures (a handful of rows each, so no pagination).
import type { LabourMeasureStatus, SkillsRecognitionMeasureKind } from "../generated/prisma/enums.js";
import type { LabourPrisma } from "../prisma.js";
import { assertObjectiveNumber } from "@gcm-hub/kit";

export function findFundedProjectPortfolios(prisma: LabourPrisma, objective: number | null | undefined) {
  if (objective != null) assertObjectiveNumber("objective", objective);
  return prisma.fundedProjectPortfolio.findMany({
    where: objective != null ? { objectiveNumber: objective } : {},
    orderBy: { code: "asc" },
  });
}

export function findSkillsRecognitionMeasures(
  prisma: LabourPrisma,
  kind: SkillsRecognitionMeasureKind | null | undefined,
  status: LabourMeasureStatus | null | undefined,
) {
  return prisma.skillsRecognitionMeasure.findMany({
    where: { ...(kind ? { kind } : {}), ...(status ? { status } : {}) },
    orderBy: { code: "asc" },
  });
}

export function findWorkerAttractionMeasures(prisma: LabourPrisma, status: LabourMeasureStatus | null | undefined) {
  return prisma.workerAttractionMeasure.findMany({ where: status ? { status } : {}, orderBy: { code: "asc" } });
}
