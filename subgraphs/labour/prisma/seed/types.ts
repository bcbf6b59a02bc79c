// Shapes of the labour subgraph's seed records. The records themselves live in
// report.ts and come, paragraph by paragraph, from the 2022 voluntary national
// report (../shared/seeds/000_c0d0c09c999250f2.txt).
import type { FigureSeed } from "@gcm-hub/kit";

/** Where a record comes from: a citation and a verbatim excerpt of the report. */
export interface Provenance {
  /** Human-readable citation, e.g. "Section II, Objective 6" or "Section I, pillar V". */
  sourceRef: string;
  /** Verbatim excerpt of the report (whitespace may differ) that supports the record. */
  sourceQuote: string;
}

export type LabourMobilityAgreementKind = "BILATERAL" | "MULTILATERAL";
export type LabourMobilityAgreementStatus = "UNDER_NEGOTIATION" | "CONCLUDED" | "SIGNED";
export type LabourMobilityAgreementCountryRole = "PARTNER_COUNTRY" | "HOST_COUNTRY";

export interface LabourMobilityAgreementSeed extends Provenance {
  code: string;
  name: string;
  kind: LabourMobilityAgreementKind;
  status: LabourMobilityAgreementStatus;
  /** True only where the report says the agreement is being put into operation. */
  beingOperationalised: boolean;
  /** Month signed or concluded, ISO 8601 at the report's precision ("2021-09"). */
  signedIn: string | null;
  signingPlace: string | null;
  signingOccasion: string | null;
  /** For a multilateral agreement: the community whose Member States are its parties. */
  community: string | null;
  purpose: string | null;
  description: string;
  /** The plan pillar (1 to 5) under whose headline achievement Section I lists it. */
  pillarNumber: number;
  /** plan's Initiative code for the same agreement. */
  initiativeCode: string | null;
  countries: { iso: string; role: LabourMobilityAgreementCountryRole }[];
  objectives: number[];
}

export type InspectedSector = "AGRICULTURE_AND_FISHERIES" | "CONSTRUCTION" | "HOSPITALITY_AND_CATERING";

export interface InspectionCampaignSeed extends Provenance {
  code: string;
  name: string;
  purpose: string;
  periodStart: string;
  periodEnd: string | null;
  periodLabel: string;
  sectors: InspectedSector[];
  objectiveNumber: number;
  /** Code of the observation that counts the inspections. */
  inspectionsFigureCode: string;
  initiativeCode: string | null;
  /** plan's department codes of the bodies the inspections were carried out with. */
  bodies: string[];
  countries: { iso: string; involvement: string }[];
}

export interface FundedProjectPortfolioSeed extends Provenance {
  code: string;
  name: string;
  fund: string;
  promoters: string;
  aim: string;
  priority: string;
  objectiveNumber: number;
  /** Code of the observation that counts the projects being financed. */
  projectsFigureCode: string;
  initiativeCode: string | null;
}

export type LabourMeasureStatus = "PUBLISHED" | "IN_SERVICE" | "IN_EFFECT";
export type SkillsRecognitionMeasureKind = "LEGISLATION" | "DIGITAL_SERVICE";

export interface SkillsRecognitionMeasureSeed extends Provenance {
  code: string;
  name: string;
  kind: SkillsRecognitionMeasureKind;
  status: LabourMeasureStatus;
  intendedFor: string;
  provisions: string[];
  objectiveNumber: number;
  initiativeCode: string | null;
}

export interface WorkerAttractionMeasureSeed extends Provenance {
  code: string;
  name: string;
  instrument: string;
  status: LabourMeasureStatus;
  problemAddressed: string;
  effect: string;
  objectiveNumber: number;
  initiativeCode: string | null;
}

/** A figure of the report as this subgraph seeds it. */
export interface ObservationSeed extends FigureSeed {
  pandemicResponse: boolean;
}
