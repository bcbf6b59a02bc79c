// Shapes of the diaspora subgraph's seed records. The records themselves live in
// report.ts and come, paragraph by paragraph, from the 2022 voluntary national
// report (../shared/seeds/000_c0d0c09c999250f2.txt). Enum values mirror
// prisma/schema.prisma; keys of plan's entities (objective numbers, ISO codes,
// department and initiative codes) are plan's own. A cooperation agreement's shape is
// the one its writes take, CooperationAgreementColumns (src/data/agreementColumns.ts).


/** Where a record comes from: a citation and a verbatim excerpt of the report. */
export interface Provenance {
  /** Human-readable citation, e.g. "Section II, Objective 14" or "Section I, pillar IV". */
  sourceRef: string;
  /** Verbatim excerpt of the report (whitespace, link markup and emphasis may differ) that supports the record. */
  sourceQuote: string;
}

/** Links every typed record may have to plan's entities. */
interface PlanLinks {
  /** Objectives (1 to 23) whose paragraph describes the record; empty when the report ties it to none. */
  objectiveNumbers: number[];
  /** Code of plan's initiative that stands for the record, when there is one. */
  initiativeCode: string | null;
}

export type DiasporaMeasureStatus = "ACTIVE" | "EXPANDING" | "COMPLETED";

export type CooperationCountryRole = "TRIANGULAR_COOPERATION_PARTNER" | "PROJECT_LOCATION" | "VOCATIONAL_TRAINING_PARTNER";

export interface CountryRoleSeed {
  /** ISO 3166-1 alpha-2, as in plan's countries. */
  countryIso: string;
  role: CooperationCountryRole;
}


export interface DevelopmentProjectSeed extends Provenance, PlanLinks {
  code: string;
  name: string;
  focus: "ECONOMIC_OPPORTUNITIES" | "SECURITY_AND_MIGRATION_MANAGEMENT" | "VOCATIONAL_TRAINING";
  portugalRole: "MANAGES_AND_CO_FINANCES" | "COOPERATES";
  region: string | null;
  status: DiasporaMeasureStatus;
  description: string;
  countries: CountryRoleSeed[];
}

export interface ConsularServiceModelSeed extends Provenance, PlanLinks {
  code: string;
  name: string;
  /** The qualities of service the report says the model seeks, in its words. */
  serviceQualities: string[];
  /** Where it serves, in the report's words. */
  area: string;
  status: DiasporaMeasureStatus;
  description: string;
  figureCodes: string[];
}

export type DiasporaAudience =
  | "DIASPORA"
  | "PORTUGUESE_EMIGRANTS"
  | "RETURNING_EMIGRANTS"
  | "PROSPECTIVE_EMIGRANTS"
  | "PEOPLE_OF_PORTUGUESE_DESCENT"
  | "NATIONAL_ENTREPRENEURS";

export interface SupportOfficeNetworkSeed extends Provenance, PlanLinks {
  code: string;
  name: string;
  /** Plan's code for the body the network is made of. */
  departmentCode: string;
  /** Who the network's protocols are signed with, in the report's words. */
  protocolPartners: string;
  audiences: DiasporaAudience[];
  status: DiasporaMeasureStatus;
  description: string;
  figureCodes: string[];
}

export interface DiasporaProgrammeSeed extends Provenance, PlanLinks {
  code: string;
  name: string;
  kind: "INVESTMENT_SUPPORT_PROGRAMME" | "SUMMER_SCHOOL" | "INVESTMENT_GUIDE";
  /** Year launched or published. */
  year: number | null;
  /** Edition number, when the report gives one. */
  edition: number | null;
  /** Plan's code for the body that launched it, when the report names one. */
  leadDepartmentCode: string | null;
  audiences: DiasporaAudience[];
  /** Languages of its contents, when the report gives them. */
  languages: string[];
  status: DiasporaMeasureStatus;
  description: string;
  figureCodes: string[];
}

export interface RemittanceAssessmentSeed extends Provenance, PlanLinks {
  code: string;
  name: string;
  purpose: string;
  status: DiasporaMeasureStatus;
  description: string;
}

export interface ReturnProgrammeSeed extends Provenance, PlanLinks {
  code: string;
  name: string;
  acronym: string;
  /** Plan's code for the body that promotes it. */
  promoterCode: string;
  /** Plan's codes for the bodies that refer cases to it. */
  referralPartnerCodes: string[];
  status: DiasporaMeasureStatus;
  description: string;
  figureCodes: string[];
}

export type EngagementKind =
  | "CHAMPION_COUNTRY"
  | "FORUM_PARTICIPATION"
  | "UN_RESOLUTION_NEGOTIATION"
  | "EU_COUNCIL_PRESIDENCY"
  | "IMRF_PREPARATION"
  | "JOINT_DECLARATION";

export type EngagementRole =
  | "CHAMPION_COUNTRY"
  | "PARTICIPANT"
  | "NEGOTIATOR_ON_BEHALF_OF_THE_EU"
  | "COUNCIL_PRESIDENCY"
  | "CO_ORGANISER"
  | "ENDORSER";

export interface InternationalEngagementSeed extends Provenance, PlanLinks {
  code: string;
  name: string;
  kind: EngagementKind;
  portugalRole: EngagementRole;
  status: "ONGOING" | "COMPLETED" | "PROVISIONALLY_AGREED";
  year: number | null;
  /** When, in the report's words. */
  timeframe: string | null;
  description: string;
  /** Code of the wider engagement this one is part of (a Presidency outcome, an IMRF event). */
  parentCode: string | null;
  figureCodes: string[];
}
