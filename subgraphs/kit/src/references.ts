// plan's reference entities (Objective, Country, Department, Initiative), as every
// other subgraph sees them: it holds only their keys and adds fields to them. One rule
// for what a valid key is, the same in every subgraph:
// - an objective is a number from 1 to 23;
// - a country is an ISO 3166-1 alpha-2 code in upper case (CV, IN);
// - a department or initiative is plan's code: upper-case words joined by '_' (SEF, LMA_INDIA).
// A reference to a key that cannot exist is null, never a made-up entity; a valid key a
// subgraph has no records for resolves to empty lists. Arguments that name these keys
// are checked by the input rules (inputRules.ts), by the same rule.

export const OBJECTIVE_COUNT = 23;
const COUNTRY_KEY = /^[A-Z]{2}$/;
/** A code of plan's: upper-case words joined by '_'. */
export const CODE_KEY = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

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
