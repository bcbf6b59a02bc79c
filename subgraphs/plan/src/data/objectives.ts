import { badUserInput } from "@gcm-hub/kit";
import type { PlanPrisma } from "../prisma.js";

export const OBJECTIVE_COUNT = 23;

export function assertObjectiveNumber(argument: string, number: number): void {
  if (!Number.isInteger(number) || number < 1 || number > OBJECTIVE_COUNT) {
    throw badUserInput(argument, `must be an objective number from 1 to ${OBJECTIVE_COUNT}, got ${number}`);
  }
}

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
