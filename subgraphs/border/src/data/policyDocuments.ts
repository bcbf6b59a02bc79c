import type { BorderPolicyDocumentKind, BorderPolicyDocumentStatus } from "../generated/prisma/enums.js";
import type { BorderPrisma } from "../prisma.js";
import { objectiveCondition } from "./arguments.js";

export interface BorderPolicyDocumentArguments {
  kind?: BorderPolicyDocumentKind | null;
  status?: BorderPolicyDocumentStatus | null;
  objective?: number | null;
}

export function findPolicyDocuments(prisma: BorderPrisma, { kind, status, objective }: BorderPolicyDocumentArguments) {
  return prisma.borderPolicyDocument.findMany({
    where: { ...objectiveCondition("objective", objective), ...(kind ? { kind } : {}), ...(status ? { status } : {}) },
    orderBy: { code: "asc" },
  });
}
