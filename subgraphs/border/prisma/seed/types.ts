// Shapes of the border subgraph's seed records. The records themselves live in
// report.ts and come, paragraph by paragraph, from the 2022 voluntary national
// report (../shared/seeds/000_c0d0c09c999250f2.txt). A protocol's shape is the one its
// writes take, BorderProtocolColumns (src/data/protocolColumns.ts).
import type {
  BorderCooperationStatus,
  BorderCountryRole,
  BorderCrossing,
  BorderFacilityKind,
  BorderFacilityStatus,
  BorderMeasureStatus,
  BorderPolicyDocumentKind,
  BorderPolicyDocumentStatus,
  BorderProjectKind,
  BorderProjectRole,
  BorderSystemKind,
  BorderSystemStatus,
  DocumentationMeasureKind,
  RegularisationMeasureKind,
} from "../../src/generated/prisma/enums.js";

/** Where a record comes from: a citation and a verbatim excerpt of the report. */
export interface Provenance {
  /** Human-readable citation, e.g. "Section II, Objective 9" or "Section I, pillar II". */
  sourceRef: string;
  /** Verbatim excerpt of the report (whitespace may differ) that supports the record. */
  sourceQuote: string;
}

/** What every typed record carries: its code, name, description and provenance. */
interface RecordSeed extends Provenance {
  /** Stable public code (UPPER_SNAKE). */
  code: string;
  name: string;
  description: string;
  /** Code of the plan subgraph's Initiative describing the same thing, when there is one. */
  initiativeCode: string | null;
}

/** Records the report ties to objectives (1 to 23). */
interface ObjectiveRecordSeed extends RecordSeed {
  objectiveNumbers: number[];
}

export interface BorderProjectSeed extends ObjectiveRecordSeed {
  acronym: string | null;
  kind: BorderProjectKind;
  fronts: string[];
  status: BorderCooperationStatus;
  /** Plan department codes. */
  participants: { departmentCode: string; role: BorderProjectRole }[];
  /** ISO 3166-1 alpha-2 codes known to the plan subgraph. */
  countries: { countryIso: string; role: BorderCountryRole }[];
}


export interface BorderSystemSeed extends ObjectiveRecordSeed {
  kind: BorderSystemKind;
  crossings: BorderCrossing[];
  startYear: number | null;
  /** ISO 8601 month the report expects it to be operational. */
  expectedOperational: string | null;
  operatorCode: string | null;
  status: BorderSystemStatus;
}

export interface BorderFacilitySeed extends ObjectiveRecordSeed {
  kind: BorderFacilityKind;
  location: string | null;
  intendedFor: string;
  status: BorderFacilityStatus;
  policyDocumentCode: string | null;
}

export interface BorderPolicyDocumentSeed extends ObjectiveRecordSeed {
  kind: BorderPolicyDocumentKind;
  startYear: number | null;
  endYear: number | null;
  goals: string[];
  status: BorderPolicyDocumentStatus;
}

export interface DocumentationMeasureSeed extends ObjectiveRecordSeed {
  kind: DocumentationMeasureKind;
  year: number | null;
  provisions: string[];
  status: BorderMeasureStatus;
}

export interface RegularisationMeasureSeed extends RecordSeed {
  kind: RegularisationMeasureKind;
  /** ISO 8601 date: cases pending on this day are covered. */
  pendingAsOf: string | null;
  /** ISO 8601 date up to which documents stay valid. */
  validUntil: string | null;
  effects: string[];
  pandemicResponse: boolean;
  status: BorderMeasureStatus;
}

export interface TraffickingReferralSystemSeed extends ObjectiveRecordSeed {
  launchYear: number | null;
  procedures: string[];
  focus: string;
  status: BorderMeasureStatus;
}
