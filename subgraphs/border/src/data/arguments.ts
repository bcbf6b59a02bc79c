// Argument checks shared by the root queries and filters: a clear BAD_USER_INPUT
// naming the argument, rather than an empty answer to a malformed question.
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

/** The objective filter as a Prisma condition on a record's objective numbers. */
export function objectiveCondition(argument: string, objective: number | null | undefined) {
  if (objective == null) return {};
  assertObjectiveNumber(argument, objective);
  return { objectiveNumbers: { has: objective } };
}

/** Upper-cased ISO 3166-1 alpha-2 code. */
export function countryIso(argument: string, iso: string): string {
  if (!/^[A-Za-z]{2}$/.test(iso)) throw badUserInput(argument, `must be an ISO 3166-1 alpha-2 code (two letters), got "${iso}"`);
  return iso.toUpperCase();
}
