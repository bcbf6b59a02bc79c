// Stubs of plan's entities: this subgraph returns only their keys, and the
// gateway asks plan for the rest.
import type { CountryRow, DepartmentRow, InitiativeRow, ObjectiveRow } from "../models.js";

export const objectiveRef = (number: number): ObjectiveRow => ({ number });
export const countryRef = (iso: string): CountryRow => ({ iso });
export const departmentRef = (code: string): DepartmentRow => ({ code });
export const initiativeRef = (code: string | null): InitiativeRow | null => (code === null ? null : { code });
