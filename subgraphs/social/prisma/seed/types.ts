// Shapes of the social subgraph's seed records. The records themselves live in
// report.ts and come, paragraph by paragraph, from the 2022 voluntary national
// report (../shared/seeds/000_c0d0c09c999250f2.txt). A social security convention's
// shape is the one its writes take, SocialSecurityConventionColumns
// (src/data/conventionColumns.ts).

/** Where a record comes from: a citation and a verbatim excerpt of the report. */
export interface Provenance {
  /** Human-readable citation, e.g. "Section II, Objective 22" or "Section II, pandemic measures, bullet 2". */
  sourceRef: string;
  /** Verbatim excerpt of the report (whitespace may differ) that supports the record. */
  sourceQuote: string;
}



export type SocialMeasureStatus = "IN_FORCE" | "IMPLEMENTED";
export type HealthAccessMeasureKind = "VACCINATION_PLAN" | "REGISTRATION_PLATFORM" | "VACCINATION_PARTNERSHIP" | "COLLECTIVE_VACCINATION";

export interface HealthAccessMeasureSeed extends Provenance {
  code: string;
  name: string;
  kind: HealthAccessMeasureKind;
  status: SocialMeasureStatus;
  description: string;
  startYear: number | null;
  /** Groups the measure reaches, in the report's words. */
  coveredGroups: string[];
  /** Partners outside government, in the report's words. */
  partners: string[];
  pandemicResponse: boolean;
  /** Code of the health-access measure this one was undertaken to support. */
  complementsCode: string | null;
  objectiveNumber: number | null;
  initiativeCode: string | null;
}

export type SocialSupportMeasureKind = "EXTRAORDINARY_SUPPORT" | "FAMILY_BENEFITS";

export interface SocialSupportMeasureSeed extends Provenance {
  code: string;
  name: string;
  kind: SocialSupportMeasureKind;
  status: SocialMeasureStatus;
  description: string;
  /** Who the measure supports, in the report's words. */
  beneficiaries: string;
  /** Instruments the report names as examples. */
  instruments: string[];
  /** Year the measure was created or first supported people, when the report gives it. */
  startYear: number | null;
  pandemicResponse: boolean;
  objectiveNumber: number | null;
  initiativeCode: string | null;
}

export interface HealthPlanSeed extends Provenance {
  code: string;
  name: string;
  startYear: number;
  endYear: number;
  alignedWith: string | null;
  /** The plan's aim, in the report's (quoted) words. */
  goal: string;
  description: string;
  objectiveNumber: number | null;
  initiativeCode: string | null;
}
