import { badUserInput } from "@gcm-hub/kit";

export const OBJECTIVE_COUNT = 23;

/** Objectives are plan's; this subgraph only checks that a number can be one. */
export function assertObjectiveNumber(argument: string, number: number): void {
  if (!Number.isInteger(number) || number < 1 || number > OBJECTIVE_COUNT) {
    throw badUserInput(argument, `must be an objective number from 1 to ${OBJECTIVE_COUNT}, got ${number}`);
  }
}
