// Shapes of the plan catalogue's seed records. The records themselves live in
// report.ts and come, paragraph by paragraph, from the 2022 voluntary national
// report (../shared/seeds/000_c0d0c09c999250f2.txt). An initiative's shape is the one
// its writes take, InitiativeColumns (src/data/initiativeColumns.ts).

/** Where a record comes from: a citation and a verbatim excerpt of the report. */
export interface Provenance {
  /** Human-readable citation, e.g. "Section II, Objective 7" or "Section I, paragraph 7". */
  sourceRef: string;
  /** Verbatim excerpt of the report (whitespace may differ) that supports the record. */
  sourceQuote: string;
}

export interface PillarSeed extends Provenance {
  number: number;
  title: string;
  achievement: string;
}

export interface ObjectiveSeed {
  number: number;
  /** Official title from the Global Compact (A/RES/73/195, paragraph 16). */
  title: string;
  /** The report's paragraph on this objective. */
  progress: string;
  sourceRef: string;
}

export interface GuidingPrincipleSeed {
  number: number;
  name: string;
  description: string;
}

export type DepartmentKind =
  | "GOVERNMENT_DEPARTMENT"
  | "PUBLIC_INSTITUTE"
  | "INDEPENDENT_BODY"
  | "INTERNATIONAL_ORGANISATION"
  | "SUPPORT_NETWORK";

export interface DepartmentSeed {
  code: string;
  name: string;
  kind: DepartmentKind;
  role: string;
  sourceRef: string;
}

export interface CountrySeed {
  /** ISO 3166-1 alpha-2. */
  iso: string;
  name: string;
}
