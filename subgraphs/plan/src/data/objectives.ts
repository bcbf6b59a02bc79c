import { assertObjectiveNumber } from "@gcm-hub/kit";
import type { PlanPrisma } from "../prisma.js";

export function findObjectives(prisma: PlanPrisma, numbers: number[] | null | undefined, titleContains: string | null | undefined) {
  numbers?.forEach((number) => assertObjectiveNumber("numbers", number));
  return prisma.objective.findMany({
    where: {
      ...(numbers ? { number: { in: numbers } } : {}),
      ...(titleContains ? { title: { contains: titleContains, mode: "insensitive" } } : {}),
    },
    orderBy: { number: "asc" },
  });
}
