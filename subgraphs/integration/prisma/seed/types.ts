// Shapes of the integration subgraph's seed records. The records themselves live in
// report.ts and come, paragraph by paragraph, from the 2022 voluntary national
// report (../shared/seeds/000_c0d0c09c999250f2.txt). A plan's shape is the one its
// writes take, IntegrationPlanColumns (src/data/integrationPlanColumns.ts).
import type { IntegrationPlanColumns } from "../../src/data/integrationPlanColumns.js";

/** Where a record comes from: a citation and a verbatim excerpt of the report. */
export interface Provenance {
  /** Human-readable citation, e.g. "Section II, Objective 7" or "Section I, pillar III". */
  sourceRef: string;
  /** Verbatim excerpt of the report (whitespace, link markup and emphasis may differ) that supports the record. */
  sourceQuote: string;
}

export type IntegrationStatus = "PILOT" | "EXPANDING" | "ONGOING" | "APPROVED" | "PUBLISHED" | "COMPLETED";

export type IntegrationRole = "LEAD" | "PARTNER";

/** What every programme record has, whatever its kind. */
interface ProgrammeBase extends Provenance {
  code: string;
  name: string;
  description: string;
  status: IntegrationStatus;
  startYear: number | null;
  endYear: number | null;
  pandemicResponse: boolean;
  /** Code of the plan subgraph's Initiative this record details, when there is one. */
  initiativeCode: string | null;
  /** Objective numbers (1 to 23) of the Section II paragraphs that describe it. */
  objectives: number[];
  /** Departments by plan's codes, with their part in it. */
  participants: { departmentCode: string; role: IntegrationRole }[];
}

export interface IntegrationNetworkSeed extends ProgrammeBase {
  kind: "INTEGRATION_NETWORK";
  networkScope: "SUPPORT_CENTRES" | "MUNICIPALITIES";
  partnerKinds: string[];
}

export interface SupportServiceSeed extends ProgrammeBase {
  kind: "SUPPORT_SERVICE";
  centreTypeCode: string | null;
  channel: string | null;
  audience: string | null;
}

export interface InformationServiceSeed extends ProgrammeBase {
  kind: "INFORMATION_SERVICE";
  informationFormat: "ONLINE_INFORMATION" | "GUIDE" | "INFORMATION_CONTENT";
  channel: string | null;
  languages: string | null;
  audience: string | null;
}

export interface EvidenceSourceSeed extends ProgrammeBase {
  kind: "EVIDENCE_SOURCE";
  evidenceForm: "REPORT_SERIES" | "INFORMATION_SYSTEM";
  frequency: string | null;
  subject: string;
}

export interface TrainingProgrammeSeed extends ProgrammeBase {
  kind: "TRAINING_PROGRAMME";
  channel: string | null;
  audience: string;
  topics: string[];
}

export interface LanguageProgrammeSeed extends ProgrammeBase {
  kind: "LANGUAGE_PROGRAMME";
  languageSetting: "SCHOOL_CURRICULUM" | "HOST_LANGUAGE_COURSES";
  audience: string | null;
  legalBasis: string | null;
  features: string[];
}

export type IntegrationPolicyArea = "INTEGRATION" | "HOUSING" | "ANTI_DISCRIMINATION";


export interface IntegrationProtocolSeed extends ProgrammeBase {
  kind: "INTEGRATION_PROTOCOL";
  policyArea: IntegrationPolicyArea;
}

export interface AntiDiscriminationMeasureSeed extends ProgrammeBase {
  kind: "ANTI_DISCRIMINATION_MEASURE";
  appliesTo: string;
}

export type ProgrammeSeed =
  | IntegrationNetworkSeed
  | SupportServiceSeed
  | InformationServiceSeed
  | EvidenceSourceSeed
  | TrainingProgrammeSeed
  | LanguageProgrammeSeed
  | IntegrationPlanColumns
  | IntegrationProtocolSeed
  | AntiDiscriminationMeasureSeed;

export interface SupportCentreTypeSeed extends Provenance {
  /** The acronym the report uses; also the plan department that stands for this kind of centre. */
  code: string;
  name: string;
  kind: "NATIONAL_CENTRE" | "LOCAL_CENTRE" | "OCCUPATIONAL_INSERTION_OFFICE";
  networkCode: string;
  departmentCode: string;
  setUpWith: string[];
}
