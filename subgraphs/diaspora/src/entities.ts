// References to plan's entities. This subgraph holds only their keys and adds
// fields to them, so a reference is the key itself. A key that cannot exist (an
// objective outside 1-23, a malformed code) is null rather than a made-up entity;
// a well-formed key this subgraph has no records for resolves to empty lists.
import { isObjectiveNumber } from "@gcm-hub/kit";

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

const ISO_KEY = /^[A-Za-z]{2}$/;
// Plan's department and initiative codes: upper-case words joined by underscores.
const CODE_KEY = /^[A-Z][A-Z0-9_]*$/;

export function objectiveReference(number: number | null): ObjectiveReference | null {
  return number !== null && isObjectiveNumber(number) ? { number } : null;
}

export function countryReference(iso: string): CountryReference | null {
  return ISO_KEY.test(iso) ? { iso: iso.toUpperCase() } : null;
}

export function departmentReference(code: string | null): DepartmentReference | null {
  return code !== null && CODE_KEY.test(code) ? { code } : null;
}

export function initiativeReference(code: string | null): InitiativeReference | null {
  return code !== null && CODE_KEY.test(code) ? { code } : null;
}
