// Documentation and regularisation measures and the trafficking referral system:
// small lists, filtered in SQL and ordered by code.
import type { DocumentationMeasureKind, RegularisationMeasureKind } from "../generated/prisma/enums.js";
import type { BorderPrisma } from "../prisma.js";
import { objectiveCondition } from "./arguments.js";

export function findDocumentationMeasures(
  prisma: BorderPrisma,
  { kind, objective }: { kind?: DocumentationMeasureKind | null; objective?: number | null },
) {
  return prisma.documentationMeasure.findMany({
    where: { ...objectiveCondition("objective", objective), ...(kind ? { kind } : {}) },
    orderBy: { code: "asc" },
  });
}

export function findRegularisationMeasures(prisma: BorderPrisma, { kind }: { kind?: RegularisationMeasureKind | null }) {
  return prisma.regularisationMeasure.findMany({ where: kind ? { kind } : {}, orderBy: { code: "asc" } });
}

export function findReferralSystems(prisma: BorderPrisma, { objective }: { objective?: number | null }) {
  return prisma.traffickingReferralSystem.findMany({ where: objectiveCondition("objective", objective), orderBy: { code: "asc" } });
}
