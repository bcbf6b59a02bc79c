// References to plan's entities. This subgraph holds only their keys and adds
// fields to them, so a reference is the key itself; a key that cannot exist
// (an objective outside 1-23, a malformed code) is null rather than a made-up entity.
import { isObjectiveNumber, OBJECTIVE_COUNT } from "@gcm-hub/kit";

export interface ObjectiveReference {
  number: number;
}

export interface CountryReference {
  iso: string;
}

export interface InitiativeReference {
  code: string;
}

const ISO_KEY = /^[A-Z]{2}$/;
const INITIATIVE_KEY = /^[A-Z][A-Z0-9_]*$/;

export function objectiveReference(number: number | null): ObjectiveReference | null {
  return number !== null && isObjectiveNumber(number) ? { number } : null;
}

/**
 * The objective of a record that always has one (a NOT NULL column behind a non-null
 * field): a stored number outside 1-23 is corrupt data, so an internal error, not null.
 */
export function requiredObjectiveReference(number: number): ObjectiveReference {
  if (!isObjectiveNumber(number)) throw new Error(`Stored objective number ${number} is outside 1 to ${OBJECTIVE_COUNT}`);
  return { number };
}

export function countryReference(iso: string): CountryReference | null {
  return ISO_KEY.test(iso) ? { iso } : null;
}

export function initiativeReference(code: string | null): InitiativeReference | null {
  return code !== null && INITIATIVE_KEY.test(code) ? { code } : null;
}
