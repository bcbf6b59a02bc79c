import type { BorderFacilityStatus } from "../generated/prisma/enums.js";
import type { BorderPrisma } from "../prisma.js";
import { objectiveCondition } from "./arguments.js";

export interface BorderFacilityArguments {
  status?: BorderFacilityStatus | null;
  objective?: number | null;
}

export function findFacilities(prisma: BorderPrisma, { status, objective }: BorderFacilityArguments) {
  return prisma.borderFacility.findMany({
    where: { ...objectiveCondition("objective", objective), ...(status ? { status } : {}) },
    orderBy: { code: "asc" },
  });
}
