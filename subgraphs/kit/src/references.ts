// plan's reference entities (Objective, Country, Department, Initiative), as every
// other subgraph sees them: it holds only their keys and adds fields to them. One rule
// for what a valid key is, the same in every subgraph:
// - an objective is a number from 1 to 23;
// - a country is an ISO 3166-1 alpha-2 code in upper case (CV, IN);
// - a department or initiative is plan's code: upper-case words joined by '_' (SEF, LMA_INDIA).
// A reference to a key that cannot exist is null, never a made-up entity; a valid key a
// subgraph has no records for resolves to empty lists. Arguments that name these keys
// are checked too, with a BAD_USER_INPUT that names the argument.
import { badUserInput } from "./errors.js";

export const OBJECTIVE_COUNT = 23;
const COUNTRY_KEY = /^[A-Z]{2}$/;
const CODE_KEY = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

export interface ObjectiveReference {
  number: number;
}
export interface CountryReference {
  iso: string;
}
export interface DepartmentReference {
  code: string;
}
export interface InitiativeReference {
  code: string;
}

export function isObjectiveNumber(number: unknown): number is number {
  return Number.isInteger(number) && (number as number) >= 1 && (number as number) <= OBJECTIVE_COUNT;
}

export function objectiveReference(number: number | null | undefined): ObjectiveReference | null {
  return isObjectiveNumber(number) ? { number } : null;
}

/** The objectives a record names, in order; a stored number that cannot be an objective is left out. */
export function objectiveReferences(numbers: readonly number[]): ObjectiveReference[] {
  return numbers.flatMap((number) => objectiveReference(number) ?? []);
}

export function countryReference(iso: string | null | undefined): CountryReference | null {
  return typeof iso === "string" && COUNTRY_KEY.test(iso) ? { iso } : null;
}

export function departmentReference(code: string | null | undefined): DepartmentReference | null {
  return typeof code === "string" && CODE_KEY.test(code) ? { code } : null;
}

export function initiativeReference(code: string | null | undefined): InitiativeReference | null {
  return typeof code === "string" && CODE_KEY.test(code) ? { code } : null;
}

/**
 * A stored key behind a non-null field (a NOT NULL column): a key that cannot exist is
 * corrupt data, so an internal error (masked for clients, logged), never null.
 */
export function requiredReference<Reference>(reference: Reference | null, entity: string, key: unknown): Reference {
  if (reference === null) throw new Error(`Stored ${entity} key ${JSON.stringify(key)} is not a valid ${entity} key`);
  return reference;
}

export const requiredObjectiveReference = (number: number) => requiredReference(objectiveReference(number), "objective", number);
export const requiredCountryReference = (iso: string) => requiredReference(countryReference(iso), "country", iso);
export const requiredDepartmentReference = (code: string) => requiredReference(departmentReference(code), "department", code);

/** `__resolveReference` for each entity plan owns, as every other subgraph resolves it. */
export const referenceResolvers = {
  Objective: ({ number }: { number: number }) => objectiveReference(number),
  Country: ({ iso }: { iso: string }) => countryReference(iso),
  Department: ({ code }: { code: string }) => departmentReference(code),
  Initiative: ({ code }: { code: string }) => initiativeReference(code),
};

/** The objective number an argument gives, checked (BAD_USER_INPUT naming the argument otherwise). */
export function objectiveArgument(argument: string, number: number): number {
  assertObjectiveNumber(argument, number);
  return number;
}

/**
 * The objectives a record works towards, each from 1 to 23 and named once, sorted; at
 * least one unless `optional` (a record that may be linked to objectives later).
 */
export function objectiveNumbersArgument(argument: string, numbers: readonly number[], { optional = false } = {}): number[] {
  if (!optional && numbers.length === 0) throw badUserInput(argument, `must name at least one objective (1 to ${OBJECTIVE_COUNT})`);
  numbers.forEach((number, index) => assertObjectiveNumber(`${argument}[${index}]`, number));
  const repeated = numbers.findIndex((number, index) => numbers.indexOf(number) !== index);
  if (repeated !== -1) throw badUserInput(`${argument}[${repeated}]`, `repeats objective ${numbers[repeated]}; give each once`);
  return [...numbers].sort((a, b) => a - b);
}

/** The plan initiative a record details, when it names one: a code, or null. */
export function initiativeArgument(argument: string, code: string | null | undefined, example: string): string | null {
  return code == null ? null : codeArgument(argument, code, example);
}

export function assertObjectiveNumber(argument: string, number: number): void {
  if (!isObjectiveNumber(number)) {
    throw badUserInput(argument, `must be an objective number from 1 to ${OBJECTIVE_COUNT}, got ${number}`);
  }
}

/** The longest code a record or plan entity may have. */
export const CODE_MAX = 60;
// Assigned ISO 3166-1 codes are the regions ICU can name; a well-formed but unassigned code (XX) has no name.
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** A code as an argument gives it (a new record's, or a key of plan's): the one rule for codes, checked. */
export function codeArgument(argument: string, value: string, example: string): string {
  if (!CODE_KEY.test(value) || value.length > CODE_MAX) {
    throw badUserInput(argument, `must be upper-case letters, digits and '_', starting with a letter, at most ${CODE_MAX} characters (for example ${example}), got "${value}"`);
  }
  return value;
}

/** An assigned ISO 3166-1 alpha-2 country code, upper-cased; a well-formed but unassigned code (XX) is refused. */
export function assignedCountryIso(argument: string, value: string): string {
  const iso = countryIso(argument, value);
  if (regionNames.of(iso) === undefined) throw badUserInput(argument, `is not an assigned ISO 3166-1 alpha-2 country code, got "${value}"`);
  return iso;
}

/** An ISO 3166-1 alpha-2 code, upper-cased; anything else is refused. */
export function countryIso(argument: string, iso: string): string {
  if (!/^[A-Za-z]{2}$/.test(iso)) throw badUserInput(argument, `must be an ISO 3166-1 alpha-2 country code (two letters), got "${iso}"`);
  return iso.toUpperCase();
}
