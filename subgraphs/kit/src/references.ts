// Arguments that name plan's reference entities, checked for shape in every
// subgraph: a clear BAD_USER_INPUT naming the argument, not an empty answer.
import { badUserInput } from "./errors.js";

export const OBJECTIVE_COUNT = 23;

export function isObjectiveNumber(number: number): boolean {
  return Number.isInteger(number) && number >= 1 && number <= OBJECTIVE_COUNT;
}

export function assertObjectiveNumber(argument: string, number: number): void {
  if (!isObjectiveNumber(number)) {
    throw badUserInput(argument, `must be an objective number from 1 to ${OBJECTIVE_COUNT}, got ${number}`);
  }
}

/** An ISO 3166-1 alpha-2 code, upper-cased; anything else is refused. */
export function countryIso(argument: string, iso: string): string {
  if (!/^[A-Za-z]{2}$/.test(iso)) throw badUserInput(argument, `must be an ISO 3166-1 alpha-2 country code (two letters), got "${iso}"`);
  return iso.toUpperCase();
}
