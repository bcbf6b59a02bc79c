import type { BorderSystemKind, BorderSystemStatus } from "../generated/prisma/enums.js";
import type { BorderPrisma } from "../prisma.js";
import { objectiveCondition } from "./arguments.js";

export interface BorderSystemArguments {
  kind?: BorderSystemKind | null;
  status?: BorderSystemStatus | null;
  objective?: number | null;
}

export function findSystems(prisma: BorderPrisma, { kind, status, objective }: BorderSystemArguments) {
  return prisma.borderSystem.findMany({
    where: { ...objectiveCondition("objective", objective), ...(kind ? { kind } : {}), ...(status ? { status } : {}) },
    orderBy: { code: "asc" },
  });
}
