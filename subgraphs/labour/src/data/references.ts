// Arguments that refer to plan's entities: checked for shape here, since this
// subgraph keeps their keys as plain columns.
import { badUserInput } from "@gcm-hub/kit";

export const OBJECTIVE_COUNT = 23;

export function assertObjectiveNumber(argument: string, number: number): void {
  if (!Number.isInteger(number) || number < 1 || number > OBJECTIVE_COUNT) {
    throw badUserInput(argument, `must be an objective number from 1 to ${OBJECTIVE_COUNT}, got ${number}`);
  }
}

/** An ISO 3166-1 alpha-2 code in upper case; anything else is refused. */
export function countryIso(argument: string, value: string): string {
  if (!/^[A-Za-z]{2}$/.test(value)) throw badUserInput(argument, `must be an ISO 3166-1 alpha-2 country code (two letters), got "${value}"`);
  return value.toUpperCase();
}
