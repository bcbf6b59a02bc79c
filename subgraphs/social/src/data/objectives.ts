import { badUserInput } from "@gcm-hub/kit";

export const OBJECTIVE_COUNT = 23;

export function isObjectiveNumber(number: number): boolean {
  return Number.isInteger(number) && number >= 1 && number <= OBJECTIVE_COUNT;
}

export function assertObjectiveNumber(argument: string, number: number): void {
  if (!isObjectiveNumber(number)) {
    throw badUserInput(argument, `must be an objective number from 1 to ${OBJECTIVE_COUNT}, got ${number}`);
  }
}
