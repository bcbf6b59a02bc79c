/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How far a cooperation project or protocol has come, in the report's words. */
export type BorderCooperationStatus =
  /** Running: the report describes its activities or results. */
  | 'ACTIVE'
  /** Signed; the report says nothing yet about its activity. */
  | 'SIGNED';

/** A country's role in border cooperation, in the report's words. */
export type BorderCountryRole =
  /** Beneficiary of a project. */
  | 'BENEFICIARY'
  /** Partner of a project. */
  | 'PARTNER'
  /** One of the country's bodies signed a protocol. */
  | 'SIGNATORY';

/** What kind of cooperation a project is. */
export type BorderProjectKind =
  /** Joint initiatives promoted with other Member States within an EU agency. */
  | 'JOINT_INITIATIVES'
  /** A project with its own name, lead and partner countries. */
  | 'PROJECT';

/** A cooperation protocol as the border department adds it. */
export type BorderProtocolInput = {
  /** Who it serves, if known. */
  beneficiaries?: string | null | undefined;
  /** Stable code, new among protocols: upper-case letters, digits and '_', starting with a letter (for example OTSH_MOZAMBIQUE_PROTOCOL). */
  code: string;
  /** What the protocol is for and what it has achieved. */
  description: string;
  /** The code of the plan's initiative for the same protocol, if there is one (for example OTSH_CABO_VERDE_PROTOCOL). */
  initiative?: string | null | undefined;
  /** Name. */
  name: string;
  /** Objectives it works towards (1 to 23): at least one, each once. */
  objectives: Array<number>;
  /** Signatories, in the order the source names them: at least one. */
  parties: Array<BorderProtocolPartyInput>;
  /** What the protocol provides for: at least one item. */
  purposes: Array<string>;
  /** When it was signed, as ISO 8601 at the precision known (YYYY or YYYY-MM), not in the future; the year is taken from it. */
  signedOn: string;
  /** Where the protocol is described. */
  source: SourceInput;
  /** How far it has come. */
  status?: BorderCooperationStatus | null | undefined;
};

/** A signatory of a protocol: a Portuguese body by its department code, a foreign one by its country, or neither when the plan catalogue does not know it. */
export type BorderProtocolPartyInput = {
  /** The body's country (ISO 3166-1 alpha-2, any case), for a foreign signatory; not with department. */
  country?: string | null | undefined;
  /** The body's code in the plan catalogue (for example OTSH); not with country. */
  department?: string | null | undefined;
  /** Name as the source gives it. */
  name: string;
};

/** How far a border system has come, in the report's words. */
export type BorderSystemStatus =
  /** Being implemented; not yet operational. */
  | 'BEING_IMPLEMENTED'
  /** Solutions have been developed. */
  | 'DEVELOPED'
  /** Implemented and in use. */
  | 'IN_OPERATION';

/** A country's part in a new social security convention. */
export type ConventionCountryInput = {
  /** The country's ISO 3166-1 alpha-2 code (any case). */
  country: string;
  /** Its role. */
  role: ConventionCountryRole;
};

/** A country's part in a social security convention. */
export type ConventionCountryRole =
  /** Covered by the convention in force. */
  | 'COVERED'
  /** A country with which negotiations are foreseen. */
  | 'FORESEEN_PARTY'
  /** Negotiating the convention with Portugal. */
  | 'NEGOTIATING_PARTY';

/** Whether a social security convention binds many countries or one other country. */
export type ConventionKind =
  /** Between Portugal and one other country. */
  | 'BILATERAL'
  /** Between several countries (for example the Ibero-American convention). */
  | 'MULTILATERAL';

/** How far a social security convention has come, in the report's words. */
export type ConventionStatus =
  /** Applies now: the report says it 'currently covers' its countries. */
  | 'IN_FORCE'
  /** Negotiations are foreseen but have not started: the report says 'negotiations are foreseen'. */
  | 'NEGOTIATION_FORESEEN'
  /** Being negotiated: the report says 'are also being negotiated'. */
  | 'UNDER_NEGOTIATION';

/** A partner country of a cooperation agreement, with its role. */
export type CooperationAgreementCountryInput = {
  /** ISO 3166-1 alpha-2 code of an assigned country (any case). */
  country: string;
  /** Its role. */
  role: CooperationCountryRole;
};

/** A development cooperation agreement as the diaspora department adds it. */
export type CooperationAgreementInput = {
  /** Stable code, new among agreements: upper-case letters, digits and '_', starting with a letter (for example TRIANGULAR_COOPERATION_MEMORANDUM_PARAGUAY). */
  code: string;
  /** Partner countries, each once with its role; empty when the source names none. Portugal is not listed: it is party to every agreement. */
  countries: Array<CooperationAgreementCountryInput>;
  /** What the agreement is and does. */
  description: string;
  /** The code of the plan's initiative for the same agreement, if there is one (for example TRIANGULAR_COOPERATION_MOUS). */
  initiative?: string | null | undefined;
  /** Strategic programme or triangular memorandum. */
  kind: CooperationAgreementKind;
  /** Name. */
  name: string;
  /** Objectives it works towards (1 to 23): at least one, each once. */
  objectives: Array<number>;
  /** What it is for. */
  purpose: string;
  /** Where the agreement is described. */
  source: SourceInput;
  /** How far it has come. */
  status?: DiasporaMeasureStatus | null | undefined;
};

/** What kind of development cooperation agreement it is. */
export type CooperationAgreementKind =
  /** A Strategic Cooperation Programme (SCP). */
  | 'STRATEGIC_COOPERATION_PROGRAMME'
  /** A Memorandum of Understanding for Triangular Cooperation, for triangular initiatives in third countries. */
  | 'TRIANGULAR_COOPERATION_MEMORANDUM';

/** A country's part in Portugal's development cooperation, in the report's words. */
export type CooperationCountryRole =
  /** Development support projects take place in it ('notably in Mozambique', 'in Cape Verde and Guinea Bissau'). */
  | 'PROJECT_LOCATION'
  /** Portugal has a Memorandum of Understanding for Triangular Cooperation with it. */
  | 'TRIANGULAR_COOPERATION_PARTNER'
  /** Portugal cooperates with it in the area of vocational training. */
  | 'VOCATIONAL_TRAINING_PARTNER';

/** What a development project is for, in the report's words. */
export type DevelopmentFocus =
  /** To increase economic opportunities (Cabo Delgado, Mozambique). */
  | 'ECONOMIC_OPPORTUNITIES'
  /** To improve security levels and migration management (Cabo Verde, Guinea-Bissau). */
  | 'SECURITY_AND_MIGRATION_MANAGEMENT'
  /** Cooperation in the area of vocational training. */
  | 'VOCATIONAL_TRAINING';

/** How far a diaspora, consular or cooperation measure has come, judged from the report's wording. */
export type DiasporaMeasureStatus =
  /** In place and running: the report says Portugal has it, manages it, cooperates, serves or promotes it (for example 'Portugal has Memoranda of Understanding'). */
  | 'ACTIVE'
  /** Done in the period the report covers: carried out, held or published (for example 'was carried out', 'saw the publication'). */
  | 'COMPLETED'
  /** In place and being extended: the report says the network 'has been extended' and 'this expansion of the network is ongoing'. */
  | 'EXPANDING';

/** What kind of diaspora measure it is. */
export type DiasporaProgrammeKind =
  /** A published guide to investment opportunities in the diaspora. */
  | 'INVESTMENT_GUIDE'
  /** A programme supporting the diaspora's return and investment in Portugal. */
  | 'INVESTMENT_SUPPORT_PROGRAMME'
  /** A summer school for people of Portuguese descent. */
  | 'SUMMER_SCHOOL';

/** A figure as a department records or corrects it. */
export type FigureInput = {
  /** What is counted or measured. */
  label: string;
  /** The objective the figure reports on (1 to 23), if any. */
  objective?: number | null | undefined;
  /** Part of the response to the COVID-19 pandemic. */
  pandemicResponse?: boolean | null | undefined;
  /** The period the figure covers; omit it, or give null, when the source gives the figure none. */
  period?: PeriodInput | null | undefined;
  /** How the source qualifies the value ('over 500' is MORE_THAN); EXACT when omitted. */
  qualifier?: FigureQualifier | null | undefined;
  /** Where the figure comes from. */
  source: SourceInput;
  /** Unit of the value (for example people, inspections, percent). */
  unit: string;
  /** The figure: not negative; at most 100 when the unit is percent. */
  value: number;
};

/** How the report qualifies a figure's value, in the words of its sentence. */
export type FigureQualifier =
  /** Just under the value ('almost', 'nearly'). */
  | 'ALMOST'
  /** About the value, either side of it ('around', 'about', 'approximately'). */
  | 'APPROXIMATELY'
  /** At least the value: a lower bound the value itself may meet ('at least', 'no fewer than'). */
  | 'AT_LEAST'
  /** The value as given, plainly: '453 migrants'. */
  | 'EXACT'
  /** More than the value: a lower bound ('over', 'more than', 'exceeding'). */
  | 'MORE_THAN';

/** Whether a figure is published or still a draft. */
export type FigureStatus =
  /** Recorded by its department and not yet published: only that department sees it. */
  | 'DRAFT'
  /** Published: visible to everyone. */
  | 'PUBLISHED';

/** What kind of health-access measure it is. */
export type HealthAccessMeasureKind =
  /** Collective vaccination of a group of workers. */
  | 'COLLECTIVE_VACCINATION'
  /** A platform that registers people with the National Health Service. */
  | 'REGISTRATION_PLATFORM'
  /** Vaccination initiatives run in partnership with non-government actors. */
  | 'VACCINATION_PARTNERSHIP'
  /** A national vaccination plan. */
  | 'VACCINATION_PLAN';

/** A country's part in a new initiative. */
export type InitiativeCountryInput = {
  /** The country's ISO 3166-1 alpha-2 code (any case), one the catalogue knows (see Query.countries). */
  country: string;
  /** Its role in a word or a few lower-case words, for example party, partner or beneficiary. */
  role: string;
};

/** An initiative as the plan department adds it to the catalogue. */
export type InitiativeInput = {
  /** Stable code, new in the catalogue: upper-case letters, digits and '_', starting with a letter (for example LMA_INDIA). */
  code: string;
  /** Countries involved, each once, with their role. */
  countries?: Array<InitiativeCountryInput>;
  /** What the initiative is and does. */
  description: string;
  /** Name as its source gives it. */
  name: string;
  /** Objectives it works towards (1 to 23), each once. */
  objectives?: Array<number>;
  /** Bodies that lead it or take part in it, each once, by their code in the catalogue (see Query.departments). */
  participants?: Array<InitiativeParticipantInput>;
  /** Where the initiative is described. */
  source: SourceInput;
  /** Year it started, was signed or launched (1900 to 2100), if known. */
  startYear?: number | null | undefined;
  /** How far it has come. */
  status: InitiativeStatus;
};

/** A body's part in a new initiative. */
export type InitiativeParticipantInput = {
  /** The body's code in the catalogue, for example ACM or SEF. */
  department: string;
  /** Its role. */
  role: ParticipationRole;
};

/** How far an initiative has come, judged from the report's wording. */
export type InitiativeStatus =
  /** Done: approved, published, held or concluded. */
  | 'COMPLETED'
  /** A draft has been prepared; the report says no more (not that it awaits approval). */
  | 'DRAFTED'
  /** Launched, signed or running, and continuing. */
  | 'IN_PROGRESS'
  /** Foreseen, not yet started. */
  | 'PLANNED'
  /** Drafted and awaiting approval. */
  | 'UNDER_APPROVAL'
  /** Being negotiated with other parties. */
  | 'UNDER_NEGOTIATION';

/** A body's part in a new integration plan. */
export type IntegrationParticipantInput = {
  /** The body, by plan's department code (any case), for example ACM. */
  department: string;
  /** Its part. */
  role: IntegrationRole;
};

/** A plan or strategy as the integration department adds it. */
export type IntegrationPlanInput = {
  /** When it was approved, as YYYY, YYYY-MM or YYYY-MM-DD, not in the future; omit when not known. */
  approvedOn?: string | null | undefined;
  /** Stable code, new among all integration programmes: upper-case letters, digits and '_', starting with a letter (for example PMIM_LISBON_2023_2026). */
  code: string;
  /** What it is and does, as its source says. */
  description: string;
  /** Last year of its term (1900 to 2100, not before startYear), if known. */
  endYear?: number | null | undefined;
  /** The code of the plan's initiative this plan details, if there is one (for example PMIM). */
  initiative?: string | null | undefined;
  /** The level of government it belongs to. */
  level: IntegrationPlanLevel;
  /** Name, for example 'Municipal Plan for the Integration of Migrants of Lisbon'. */
  name: string;
  /** Objectives it works towards (1 to 23), each once. */
  objectives?: Array<number>;
  /** True when it is part of the response to the COVID-19 pandemic. */
  pandemicResponse?: boolean | null | undefined;
  /** Bodies that lead it or take part in it, each once, by plan's department code. */
  participants?: Array<IntegrationParticipantInput>;
  /** Its policy area. */
  policyArea: IntegrationPolicyArea;
  /** Where the plan is described. */
  source: SourceInput;
  /** First year of its term (1900 to 2100), if known. */
  startYear?: number | null | undefined;
  /** How far it has come; a plan is usually APPROVED. */
  status?: IntegrationStatus;
};

/** The level of government a plan belongs to. */
export type IntegrationPlanLevel =
  /** Plans or strategies of municipalities and local authorities, including inter-municipal plans. */
  | 'MUNICIPAL'
  /** A national plan of the Government. */
  | 'NATIONAL'
  /** A plan for one sector of the administration (for example the security forces and services). */
  | 'SECTORAL';

/** The policy area of an integration plan or protocol. */
export type IntegrationPolicyArea =
  /** Combating racism and discrimination. */
  | 'ANTI_DISCRIMINATION'
  /** Housing. */
  | 'HOUSING'
  /** The integration of migrants. */
  | 'INTEGRATION';

/** How a body takes part in an integration programme. */
export type IntegrationRole =
  /** Leads, promotes, runs or produces it. */
  | 'LEAD'
  /** Takes part in it, is a party to it, or is the body it is carried out in. */
  | 'PARTNER';

/** How far an integration programme has come, judged from the report's wording. */
export type IntegrationStatus =
  /** Approved by the Government and in force (plans). */
  | 'APPROVED'
  /** Done: designed, created, amended or delivered, in the report's words. */
  | 'COMPLETED'
  /** Running and being extended to new places (for example the support centre network). */
  | 'EXPANDING'
  /** Running, with activity continuing: available, in force, enrolling or being carried out. */
  | 'ONGOING'
  /** Launched as a pilot project (for example Rede Integrar Valoriza). */
  | 'PILOT'
  /** Launched or made available to the public (information and guides). */
  | 'PUBLISHED';

/** A country's part in a new labour mobility agreement. */
export type LabourMobilityAgreementCountryInput = {
  /** The country's ISO 3166-1 alpha-2 code (any case), not PT. */
  country: string;
  /** Its role. */
  role: LabourMobilityAgreementCountryRole;
};

/** A country's part in a labour mobility agreement. */
export type LabourMobilityAgreementCountryRole =
  /** The country where the agreement was signed (Angola for the CPLP agreement). The report lists no CPLP Member States, so membership is not recorded. */
  | 'HOST_COUNTRY'
  /** The other party to a bilateral agreement with Portugal, concluded or under negotiation. */
  | 'PARTNER_COUNTRY';

/** A labour mobility agreement as the labour department adds it. */
export type LabourMobilityAgreementInput = {
  /** True when it is being put into operation; only for a concluded or signed agreement. */
  beingOperationalised?: boolean | null | undefined;
  /** Stable code, new among agreements: upper-case letters, digits and '_', starting with a letter (for example LMA_CAPE_VERDE). */
  code: string;
  /** For a multilateral agreement (and only then), the community whose Member States are its parties. */
  community?: string | null | undefined;
  /** Countries involved, each once, with their role: a bilateral agreement names exactly one partner country, a multilateral one none; at most one host country. Portugal is a party to every agreement and is not listed. */
  countries: Array<LabourMobilityAgreementCountryInput>;
  /** What its source says about it. */
  description: string;
  /** The code of the plan's initiative for the same agreement, if there is one (for example LMA_CAPE_VERDE); an initiative has at most one agreement. */
  initiative?: string | null | undefined;
  /** Bilateral (with exactly one partner country) or multilateral (with a community). */
  kind: LabourMobilityAgreementKind;
  /** Name, for example 'Labour mobility agreement with Cape Verde'. */
  name: string;
  /** Objectives it is cited under (1 to 23), each once. */
  objectives?: Array<number>;
  /** The plan pillar (1 to 5) it comes under; the report lists bilateral agreements under pillar 5. */
  pillar: number;
  /** What it is for, if its source says. */
  purpose?: string | null | undefined;
  /** Month it was signed or concluded (YYYY-MM, not in the future), if known; omitted while it is under negotiation. */
  signedIn?: string | null | undefined;
  /** The occasion of the signing, if known. */
  signingOccasion?: string | null | undefined;
  /** Where it was signed, if known. */
  signingPlace?: string | null | undefined;
  /** Where the agreement is described. */
  source: SourceInput;
  /** How far it has come. */
  status: LabourMobilityAgreementStatus;
};

/** Whether an agreement binds two states or a community of states. */
export type LabourMobilityAgreementKind =
  /** Between Portugal and one other country. */
  | 'BILATERAL'
  /** Among the Member States of a community, such as the CPLP. */
  | 'MULTILATERAL';

/** How far an agreement has come, in the report's words. */
export type LabourMobilityAgreementStatus =
  /** 'Concluded': agreed by the parties; see beingOperationalised for whether it is being put into operation. */
  | 'CONCLUDED'
  /** 'Signed' (or 'approved'): signed by the parties. */
  | 'SIGNED'
  /** 'Being negotiated': not yet concluded. */
  | 'UNDER_NEGOTIATION';

/** How a body takes part in an initiative. */
export type ParticipationRole =
  /** Leads or promotes the initiative. */
  | 'LEAD'
  /** Takes part in it. */
  | 'PARTNER';

/** A figure's period as ISO 8601 dates at the precision known (YYYY, YYYY-MM or YYYY-MM-DD). Without a kind it reads from start to end, or since start when there is no end. */
export type PeriodInput = {
  /** Last day, month or year covered, or the date an AS_OF figure stands at; omit it for SINCE. */
  end?: string | null | undefined;
  /** How to read the period: DURING takes a start and an end, SINCE a start only, UP_TO and AS_OF an end only. */
  kind?: PeriodKind | null | undefined;
  /** The period in words, for example '2022'. */
  label: string;
  /** The source's own words that state the period (for example 'since 2020'): part of source.quote, in the sentence that gives the figure. */
  quote?: string | null | undefined;
  /** First day, month or year covered; omit it for UP_TO and AS_OF. */
  start?: string | null | undefined;
};

/** How to read a figure's period. */
export type PeriodKind =
  /** How things stood on the date end, not a count over time; start is null: '187 GAE protocols at the end of 2021'. */
  | 'AS_OF'
  /** Counted between start and end, both included: 'in 2020' (start and end 2020), 'between 2019 and December 2021'. */
  | 'DURING'
  /** Counted from start up to the report (2022); end is null: 'since 2020'. */
  | 'SINCE'
  /** A running total up to and including end, from a start the report does not give; start is null: 'by the end of 2021, it had received and handled over a million contacts'. */
  | 'UP_TO';

/** What Portugal does in a development project, in the report's words. */
export type PortugueseCooperationRole =
  /** There is 'active cooperation' with the partner countries. */
  | 'COOPERATES'
  /** Portugal 'manages and co-finances' the projects. */
  | 'MANAGES_AND_CO_FINANCES';

/** A social security convention as the social department adds it. */
export type SocialSecurityConventionInput = {
  /** Stable code, new among conventions: upper-case letters, digits and '_', starting with a letter (for example BILATERAL_MOROCCO). */
  code: string;
  /** Countries it covers or is negotiated with, each once, with a role its status allows: COVERED only when IN_FORCE, NEGOTIATING_PARTY not while negotiations are only foreseen, and at least one country at the status's own stage (COVERED, NEGOTIATING_PARTY or FORESEEN_PARTY). A bilateral convention lists only the other country, not Portugal. */
  countries: Array<ConventionCountryInput>;
  /** What the convention does, from its source. */
  description: string;
  /** The code of the plan's initiative for the same convention, if there is one (for example SSC_ALGERIA). */
  initiative?: string | null | undefined;
  /** Multilateral (at least two countries listed) or bilateral (exactly one country, Portugal's counterpart). */
  kind: ConventionKind;
  /** Name, for example 'Bilateral social security convention with Morocco'. */
  name: string;
  /** The objective it works towards (1 to 23); the report puts every convention under Objective 22. */
  objective?: number;
  /** Where the convention is described. */
  source: SourceInput;
  /** How far it has come. */
  status: ConventionStatus;
};

/** Where a recorded figure comes from. */
export type SourceInput = {
  /** The document. */
  document: string;
  /** The document's own words. */
  quote: string;
  /** The place in the document. */
  reference: string;
};

/** What kind of centre a support centre type is. */
export type SupportCentreKind =
  /** A local centre to support the integration of migrants (CLAIM). */
  | 'LOCAL_CENTRE'
  /** A national centre to support the integration of migrants (CNAIM). */
  | 'NATIONAL_CENTRE'
  /** An occupational insertion office (GIP). */
  | 'OCCUPATIONAL_INSERTION_OFFICE';

export type FigureSheetQueryVariables = Exact<{
  plan?: boolean | null | undefined;
  border?: boolean | null | undefined;
  integration?: boolean | null | undefined;
  diaspora?: boolean | null | undefined;
  labour?: boolean | null | undefined;
  social?: boolean | null | undefined;
  borderAfter?: string | null | undefined;
  integrationAfter?: string | null | undefined;
  diasporaAfter?: string | null | undefined;
  labourAfter?: string | null | undefined;
  socialAfter?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type FigureSheetQuery = { planFigures?: Array<{ id: string, status: FigureStatus, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number, title: string | null } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } }> | null, borderFigures?: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: FigureStatus, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number, title: string | null } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } } }> } | null, integrationFigures?: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: FigureStatus, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number, title: string | null } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } } }> } | null, diasporaFigures?: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: FigureStatus, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number, title: string | null } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } } }> } | null, labourFigures?: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: FigureStatus, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number, title: string | null } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } } }> } | null, socialProtectionFigures?: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: FigureStatus, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number, title: string | null } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } } }> } | null };

export type SheetPageFragment = { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: FigureStatus, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number, title: string | null } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } } }> };

export type SheetFigureFragment = { id: string, status: FigureStatus, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number, title: string | null } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } };

export type DashboardCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardCountriesQuery = { countries: Array<{ iso: string, name: string | null }> | null };

export type DashboardObjectivesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardObjectivesQuery = { objectives: Array<{ number: number, title: string | null, planFigures: Array<{ id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { document: string, reference: string, quote: string } }> | null, borderFigures: Array<{ id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { document: string, reference: string, quote: string } }> | null, integrationFigures: Array<{ id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { document: string, reference: string, quote: string } }> | null, diasporaFigures: Array<{ id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { document: string, reference: string, quote: string } }> | null, labourFigures: Array<{ id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { document: string, reference: string, quote: string } }> | null, socialProtectionFigures: Array<{ id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { document: string, reference: string, quote: string } }> | null }> | null };

export type DashboardFigureFragment = { id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { document: string, reference: string, quote: string } };

export type CountryProfileQueryVariables = Exact<{
  iso?: string;
}>;


export type CountryProfileQuery = { country: { iso: string, name: string | null, initiatives: Array<{ code: string, name: string | null, status: InitiativeStatus | null }> | null } | null, borderProjects: { edges: Array<{ node: { code: string, name: string, status: BorderCooperationStatus, countries: Array<{ role: BorderCountryRole, country: { iso: string } }> } }> } | null, borderProtocols: { edges: Array<{ node: { code: string, name: string, signedOn: string } }> } | null, developmentProjects: { edges: Array<{ node: { code: string, name: string, focus: DevelopmentFocus, countries: Array<{ role: CooperationCountryRole, country: { iso: string } }> } }> } | null, cooperationAgreements: { edges: Array<{ node: { code: string, name: string, kind: CooperationAgreementKind, countries: Array<{ role: CooperationCountryRole, country: { iso: string } }> } }> } | null, labourMobilityAgreements: { edges: Array<{ node: { code: string, name: string, status: LabourMobilityAgreementStatus, signedIn: string | null } }> } | null, socialSecurityConventions: { edges: Array<{ node: { code: string, name: string, status: ConventionStatus } }> } | null };

export type DiasporaInvestmentAndReturnQueryVariables = Exact<{ [key: string]: never; }>;


export type DiasporaInvestmentAndReturnQuery = { diasporaProgrammes: { edges: Array<{ node: { code: string, name: string, kind: DiasporaProgrammeKind, figures: Array<{ label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null }> } }> } | null, returnProgrammes: Array<{ code: string, name: string, promoter: { code: string, name: string | null }, figures: Array<{ label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null }> }> | null, objectives: Array<{ number: number, title: string | null }> | null, diasporaFigures: { edges: Array<{ node: { label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string, quote: string } } }> } | null, integrationFigures: { edges: Array<{ node: { label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string, quote: string } } }> } | null };

export type InitiativesByObjectiveQueryVariables = Exact<{
  objective?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InitiativesByObjectiveQuery = { objective: { number: number, title: string | null } | null, initiatives: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, name: string | null, status: InitiativeStatus | null, startYear: number | null, participants: Array<{ role: ParticipationRole, department: { code: string, name: string | null } }> | null, countries: Array<{ role: string, country: { iso: string, name: string | null } }> | null, source: { reference: string, quote: string } | null } }> } | null };

export type IntegrationNetworkQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrationNetworkQuery = { supportCentreTypes: Array<{ code: string, name: string, kind: SupportCentreKind, figures: Array<{ label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null }> }> | null, objective: { number: number, title: string | null } | null, integrationFigures: { edges: Array<{ node: { label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string, quote: string } } }> } | null, sef: { code: string, name: string | null } | null, sefIntegrationProgrammes: { edges: Array<{ node:
        | { code: string, name: string, status: IntegrationStatus }
        | { code: string, name: string, status: IntegrationStatus }
        | { code: string, name: string, status: IntegrationStatus }
        | { code: string, name: string, status: IntegrationStatus }
        | { code: string, name: string, status: IntegrationStatus }
        | { code: string, name: string, status: IntegrationStatus }
        | { code: string, name: string, status: IntegrationStatus }
        | { code: string, name: string, status: IntegrationStatus }
        | { code: string, name: string, status: IntegrationStatus }
       }> } | null, borderSystems: Array<{ code: string, name: string, status: BorderSystemStatus }> | null };

export type LabourMobilityAndSocialSecurityQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LabourMobilityAndSocialSecurityQuery = { labourMobilityAgreements: { totalCount: number, edges: Array<{ node: { code: string, name: string, kind: LabourMobilityAgreementKind, status: LabourMobilityAgreementStatus, signedIn: string | null, countries: Array<{ role: LabourMobilityAgreementCountryRole, country: { iso: string, name: string | null, socialSecurityConventions: Array<{ code: string, name: string, status: ConventionStatus }> | null } }>, source: { reference: string, quote: string } } }> } | null };

export type ObjectiveDashboardQueryVariables = Exact<{
  numbers?: Array<number> | number | null | undefined;
  first?: number | null | undefined;
}>;


export type ObjectiveDashboardQuery = { objectives: Array<{ number: number, title: string | null }> | null, borderFigures: { edges: Array<{ node: { id: string, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } } }> } | null, integrationFigures: { edges: Array<{ node: { id: string, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } } }> } | null, diasporaFigures: { edges: Array<{ node: { id: string, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } } }> } | null, labourFigures: { edges: Array<{ node: { id: string, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } } }> } | null, socialProtectionFigures: { edges: Array<{ node: { id: string, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } } }> } | null };

export type FigureFragment = { id: string, label: string, value: number, unit: string, qualifier: FigureQualifier, objective: { number: number } | null, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } };

export type PandemicResponseQueryVariables = Exact<{ [key: string]: never; }>;


export type PandemicResponseQuery = { regularisationMeasures: Array<{ code: string, name: string, pendingAsOf: string | null, validUntil: string | null }> | null, borderFigures: { edges: Array<{ node: { label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string, quote: string } } }> } | null, healthAccessMeasures: { edges: Array<{ node: { code: string, name: string, kind: HealthAccessMeasureKind } }> } | null, socialSupportMeasures: { edges: Array<{ node: { code: string, name: string, beneficiaries: string } }> } | null, socialProtectionFigures: { edges: Array<{ node: { label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } } }> } | null, informationServices: Array<{ code: string, name: string }> | null };

export type PlanOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanOverviewQuery = { pillars: Array<{ numeral: string, title: string, achievement: string }> | null, planFigures: Array<{ label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string, quote: string | null } | null, source: { reference: string, quote: string } }> | null, milestones: Array<{ date: string, event: string, dateQuote: string, source: { reference: string, quote: string } }> | null, objectives: Array<{ number: number, title: string | null }> | null };

export type CorrectBorderFigureMutationVariables = Exact<{
  id: string;
  idempotencyKey?: string | null | undefined;
  input: FigureInput;
}>;


export type CorrectBorderFigureMutation = { correctBorderFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type CreateBorderProtocolMutationVariables = Exact<{
  idempotencyKey?: string | null | undefined;
  input: BorderProtocolInput;
}>;


export type CreateBorderProtocolMutation = { createBorderProtocol: { beneficiaries: string | null, code: string, description: string, name: string, purposes: Array<string>, signedOn: string, signedYear: number, status: BorderCooperationStatus } };

export type PublishBorderFigureMutationVariables = Exact<{
  id: string;
  idempotencyKey?: string | null | undefined;
}>;


export type PublishBorderFigureMutation = { publishBorderFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type RecordBorderFigureMutationVariables = Exact<{
  idempotencyKey?: string | null | undefined;
  input: FigureInput;
}>;


export type RecordBorderFigureMutation = { recordBorderFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type UpdateBorderProjectStatusMutationVariables = Exact<{
  code: string;
  idempotencyKey?: string | null | undefined;
  status: BorderCooperationStatus;
}>;


export type UpdateBorderProjectStatusMutation = { updateBorderProjectStatus: { acronym: string | null, code: string, description: string, fronts: Array<string>, kind: BorderProjectKind, name: string, status: BorderCooperationStatus } };

export type UpdateBorderProtocolStatusMutationVariables = Exact<{
  code: string;
  idempotencyKey?: string | null | undefined;
  status: BorderCooperationStatus;
}>;


export type UpdateBorderProtocolStatusMutation = { updateBorderProtocolStatus: { beneficiaries: string | null, code: string, description: string, name: string, purposes: Array<string>, signedOn: string, signedYear: number, status: BorderCooperationStatus } };

export type CorrectDiasporaFigureMutationVariables = Exact<{
  id: string;
  idempotencyKey?: string | null | undefined;
  input: FigureInput;
}>;


export type CorrectDiasporaFigureMutation = { correctDiasporaFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type CreateCooperationAgreementMutationVariables = Exact<{
  idempotencyKey?: string | null | undefined;
  input: CooperationAgreementInput;
}>;


export type CreateCooperationAgreementMutation = { createCooperationAgreement: { code: string, description: string, kind: CooperationAgreementKind, name: string, purpose: string, status: DiasporaMeasureStatus } };

export type PublishDiasporaFigureMutationVariables = Exact<{
  id: string;
  idempotencyKey?: string | null | undefined;
}>;


export type PublishDiasporaFigureMutation = { publishDiasporaFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type RecordDiasporaFigureMutationVariables = Exact<{
  idempotencyKey?: string | null | undefined;
  input: FigureInput;
}>;


export type RecordDiasporaFigureMutation = { recordDiasporaFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type UpdateCooperationAgreementStatusMutationVariables = Exact<{
  code: string;
  idempotencyKey?: string | null | undefined;
  status: DiasporaMeasureStatus;
}>;


export type UpdateCooperationAgreementStatusMutation = { updateCooperationAgreementStatus: { code: string, description: string, kind: CooperationAgreementKind, name: string, purpose: string, status: DiasporaMeasureStatus } };

export type UpdateDevelopmentProjectStatusMutationVariables = Exact<{
  code: string;
  idempotencyKey?: string | null | undefined;
  status: DiasporaMeasureStatus;
}>;


export type UpdateDevelopmentProjectStatusMutation = { updateDevelopmentProjectStatus: { code: string, description: string, focus: DevelopmentFocus, name: string, portugalRole: PortugueseCooperationRole, region: string | null, status: DiasporaMeasureStatus } };

export type CorrectIntegrationFigureMutationVariables = Exact<{
  id: string;
  idempotencyKey?: string | null | undefined;
  input: FigureInput;
}>;


export type CorrectIntegrationFigureMutation = { correctIntegrationFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type CreateIntegrationPlanMutationVariables = Exact<{
  idempotencyKey?: string | null | undefined;
  input: IntegrationPlanInput;
}>;


export type CreateIntegrationPlanMutation = { createIntegrationPlan: { approvedOn: string | null, code: string, description: string, endYear: number | null, level: IntegrationPlanLevel, name: string, pandemicResponse: boolean, policyArea: IntegrationPolicyArea, startYear: number | null, status: IntegrationStatus } };

export type PublishIntegrationFigureMutationVariables = Exact<{
  id: string;
  idempotencyKey?: string | null | undefined;
}>;


export type PublishIntegrationFigureMutation = { publishIntegrationFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type RecordIntegrationFigureMutationVariables = Exact<{
  idempotencyKey?: string | null | undefined;
  input: FigureInput;
}>;


export type RecordIntegrationFigureMutation = { recordIntegrationFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type UpdateIntegrationProgrammeStatusMutationVariables = Exact<{
  code: string;
  idempotencyKey?: string | null | undefined;
  status: IntegrationStatus;
}>;


export type UpdateIntegrationProgrammeStatusMutation = { updateIntegrationProgrammeStatus:
    | { __typename: 'AntiDiscriminationMeasure', code: string, name: string, status: IntegrationStatus }
    | { __typename: 'EvidenceSource', code: string, name: string, status: IntegrationStatus }
    | { __typename: 'InformationService', code: string, name: string, status: IntegrationStatus }
    | { __typename: 'IntegrationNetwork', code: string, name: string, status: IntegrationStatus }
    | { __typename: 'IntegrationPlan', code: string, name: string, status: IntegrationStatus }
    | { __typename: 'IntegrationProtocol', code: string, name: string, status: IntegrationStatus }
    | { __typename: 'LanguageProgramme', code: string, name: string, status: IntegrationStatus }
    | { __typename: 'SupportService', code: string, name: string, status: IntegrationStatus }
    | { __typename: 'TrainingProgramme', code: string, name: string, status: IntegrationStatus }
   };

export type CorrectLabourFigureMutationVariables = Exact<{
  id: string;
  idempotencyKey?: string | null | undefined;
  input: FigureInput;
}>;


export type CorrectLabourFigureMutation = { correctLabourFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type CreateLabourMobilityAgreementMutationVariables = Exact<{
  idempotencyKey?: string | null | undefined;
  input: LabourMobilityAgreementInput;
}>;


export type CreateLabourMobilityAgreementMutation = { createLabourMobilityAgreement: { beingOperationalised: boolean, code: string, community: string | null, description: string, kind: LabourMobilityAgreementKind, name: string, pillar: number, purpose: string | null, signedIn: string | null, signingOccasion: string | null, signingPlace: string | null, status: LabourMobilityAgreementStatus } };

export type PublishLabourFigureMutationVariables = Exact<{
  id: string;
  idempotencyKey?: string | null | undefined;
}>;


export type PublishLabourFigureMutation = { publishLabourFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type RecordLabourFigureMutationVariables = Exact<{
  idempotencyKey?: string | null | undefined;
  input: FigureInput;
}>;


export type RecordLabourFigureMutation = { recordLabourFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type UpdateLabourMobilityAgreementStatusMutationVariables = Exact<{
  code: string;
  idempotencyKey?: string | null | undefined;
  signedIn?: string | null | undefined;
  status: LabourMobilityAgreementStatus;
}>;


export type UpdateLabourMobilityAgreementStatusMutation = { updateLabourMobilityAgreementStatus: { beingOperationalised: boolean, code: string, community: string | null, description: string, kind: LabourMobilityAgreementKind, name: string, pillar: number, purpose: string | null, signedIn: string | null, signingOccasion: string | null, signingPlace: string | null, status: LabourMobilityAgreementStatus } };

export type CreateInitiativeMutationVariables = Exact<{
  idempotencyKey?: string | null | undefined;
  input: InitiativeInput;
}>;


export type CreateInitiativeMutation = { createInitiative: { code: string, description: string | null, name: string | null, startYear: number | null, status: InitiativeStatus | null } };

export type UpdateInitiativeStatusMutationVariables = Exact<{
  code: string;
  idempotencyKey?: string | null | undefined;
  status: InitiativeStatus;
}>;


export type UpdateInitiativeStatusMutation = { updateInitiativeStatus: { code: string, description: string | null, name: string | null, startYear: number | null, status: InitiativeStatus | null } };

export type CorrectSocialProtectionFigureMutationVariables = Exact<{
  id: string;
  idempotencyKey?: string | null | undefined;
  input: FigureInput;
}>;


export type CorrectSocialProtectionFigureMutation = { correctSocialProtectionFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type CreateSocialSecurityConventionMutationVariables = Exact<{
  idempotencyKey?: string | null | undefined;
  input: SocialSecurityConventionInput;
}>;


export type CreateSocialSecurityConventionMutation = { createSocialSecurityConvention: { code: string, description: string, kind: ConventionKind, name: string, status: ConventionStatus } };

export type PublishSocialProtectionFigureMutationVariables = Exact<{
  id: string;
  idempotencyKey?: string | null | undefined;
}>;


export type PublishSocialProtectionFigureMutation = { publishSocialProtectionFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type RecordSocialProtectionFigureMutationVariables = Exact<{
  idempotencyKey?: string | null | undefined;
  input: FigureInput;
}>;


export type RecordSocialProtectionFigureMutation = { recordSocialProtectionFigure: { id: string, label: string, qualifier: FigureQualifier, status: FigureStatus, synthetic: boolean, unit: string, value: number } };

export type UpdateSocialSecurityConventionStatusMutationVariables = Exact<{
  code: string;
  idempotencyKey?: string | null | undefined;
  status: ConventionStatus;
}>;


export type UpdateSocialSecurityConventionStatusMutation = { updateSocialSecurityConventionStatus: { code: string, description: string, kind: ConventionKind, name: string, status: ConventionStatus } };

export const SheetFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"objective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]} as unknown as DocumentNode<SheetFigureFragment, unknown>;
export const SheetPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObservationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetFigure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"objective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]} as unknown as DocumentNode<SheetPageFragment, unknown>;
export const DashboardFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]} as unknown as DocumentNode<DashboardFigureFragment, unknown>;
export const FigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]} as unknown as DocumentNode<FigureFragment, unknown>;
export const FigureSheetDocument = {"__meta__":{"hash":"sha256:fbeafa8ce3dac8bf0be5892ba29722a69a5975bd56e90d6b2037bc6f0d9b407d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FigureSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"border"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"integration"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"diaspora"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labour"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"social"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"borderAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"integrationAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"diasporaAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labourAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"socialAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planFigures"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"borderAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"border"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"integrationAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"integration"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diasporaFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"diasporaAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"diaspora"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labourFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labourAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labour"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialProtectionFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"socialAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"social"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"objective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObservationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetFigure"}}]}}]}}]}}]} as unknown as DocumentNode<FigureSheetQuery, FigureSheetQueryVariables>;
export const DashboardCountriesDocument = {"__meta__":{"hash":"sha256:365c8b81ca1a2c9455fd28cd64809eb7b3e0e480071d8a434c903135c6823d6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardCountriesQuery, DashboardCountriesQueryVariables>;
export const DashboardObjectivesDocument = {"__meta__":{"hash":"sha256:fd2e9528c34caafc7ec3a36b4c351df51d17cff2106f9fc5cd1d0b208aefe9c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardObjectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"planFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diasporaFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labourFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialProtectionFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]} as unknown as DocumentNode<DashboardObjectivesQuery, DashboardObjectivesQueryVariables>;
export const CountryProfileDocument = {"__meta__":{"hash":"sha256:8e933022fe0ed04120932906cf2963c4f3b60541b0061ca4796a64bf27290c42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"CV","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderProtocols"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"labourMobilityAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialSecurityConventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountryProfileQuery, CountryProfileQueryVariables>;
export const DiasporaInvestmentAndReturnDocument = {"__meta__":{"hash":"sha256:b534dc07353c963d116b493373c2c589a62479558728ebf0f81dbbcf4f8264d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiasporaInvestmentAndReturn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diasporaProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"numbers"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"19"},{"kind":"IntValue","value":"21"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diasporaFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"objectives"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"19"},{"kind":"IntValue","value":"21"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"objectives"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"19"},{"kind":"IntValue","value":"21"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiasporaInvestmentAndReturnQuery, DiasporaInvestmentAndReturnQueryVariables>;
export const InitiativesByObjectiveDocument = {"__meta__":{"hash":"sha256:b79b457f62246d1720675dd164f8a06c8450e790666cf17bd20b830ffe35cf7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativesByObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objective"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objective"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"objective"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objective"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InitiativesByObjectiveQuery, InitiativesByObjectiveQueryVariables>;
export const IntegrationNetworkDocument = {"__meta__":{"hash":"sha256:cc660fed381596f04c440d26494eba4c141a35c2977c33ede4b4983688ff89c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegrationNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportCentreTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"IntValue","value":"7"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"objective"},"value":{"kind":"IntValue","value":"7"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sef"},"name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"SEF","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sefIntegrationProgrammes"},"name":{"kind":"Name","value":"integrationProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"department"},"value":{"kind":"StringValue","value":"SEF","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderSystems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<IntegrationNetworkQuery, IntegrationNetworkQueryVariables>;
export const LabourMobilityAndSocialSecurityDocument = {"__meta__":{"hash":"sha256:7561af9d57a04a92ab1bc42e517c89951e62e1a19b5c835b491ba01eee552781"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabourMobilityAndSocialSecurity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labourMobilityAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedIn"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"socialSecurityConventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LabourMobilityAndSocialSecurityQuery, LabourMobilityAndSocialSecurityQueryVariables>;
export const ObjectiveDashboardDocument = {"__meta__":{"hash":"sha256:44279a525e78c72cb06b5459ca74795e562c5adafa63f551f318667d884e1713"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectiveDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"IntValue","value":"4"},{"kind":"IntValue","value":"5"},{"kind":"IntValue","value":"6"},{"kind":"IntValue","value":"7"},{"kind":"IntValue","value":"9"},{"kind":"IntValue","value":"12"},{"kind":"IntValue","value":"13"},{"kind":"IntValue","value":"14"},{"kind":"IntValue","value":"15"},{"kind":"IntValue","value":"16"},{"kind":"IntValue","value":"17"},{"kind":"IntValue","value":"19"},{"kind":"IntValue","value":"21"},{"kind":"IntValue","value":"22"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"numbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"objectives"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"objectives"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"diasporaFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"objectives"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"labourFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"objectives"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialProtectionFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"objectives"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]} as unknown as DocumentNode<ObjectiveDashboardQuery, ObjectiveDashboardQueryVariables>;
export const PandemicResponseDocument = {"__meta__":{"hash":"sha256:b44cf1a829825d9959cdc2f2e61b0f533f77f46c7360c6772d83d4f54999e542"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PandemicResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regularisationMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pendingAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pandemicResponse"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthAccessMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pandemicResponse"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialSupportMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pandemicResponse"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialProtectionFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pandemicResponse"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pandemicResponse"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PandemicResponseQuery, PandemicResponseQueryVariables>;
export const PlanOverviewDocument = {"__meta__":{"hash":"sha256:0bd8749d48e991d8d51aa7bd3ce7f585066275120f2b70c601afdf1e0dbf933d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pillars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numeral"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"dateQuote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PlanOverviewQuery, PlanOverviewQueryVariables>;
export const CorrectBorderFigureDocument = {"__meta__":{"hash":"sha256:1ecf30fcc9124cfea016c69370719076403b5c826947b108a7fa61b0c89558af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectBorderFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctBorderFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CorrectBorderFigureMutation, CorrectBorderFigureMutationVariables>;
export const CreateBorderProtocolDocument = {"__meta__":{"hash":"sha256:37eee318a9e6b9359a822ea6f99ac9481108d091267d0d187ab2e67baff39ea4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBorderProtocol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BorderProtocolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBorderProtocol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateBorderProtocolMutation, CreateBorderProtocolMutationVariables>;
export const PublishBorderFigureDocument = {"__meta__":{"hash":"sha256:c12928d2c4059b892619a448189110172d573fb520866c0d1686ef5f8109e776"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishBorderFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishBorderFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PublishBorderFigureMutation, PublishBorderFigureMutationVariables>;
export const RecordBorderFigureDocument = {"__meta__":{"hash":"sha256:a75c8768560ec9ac93369708b8004331e3501ce68d12e89996ad706675cf6c20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBorderFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBorderFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RecordBorderFigureMutation, RecordBorderFigureMutationVariables>;
export const UpdateBorderProjectStatusDocument = {"__meta__":{"hash":"sha256:ed58810ceb71cb96fc152875db691946546a11325da9437286fed2a14ef57110"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBorderProjectStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BorderCooperationStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBorderProjectStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fronts"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateBorderProjectStatusMutation, UpdateBorderProjectStatusMutationVariables>;
export const UpdateBorderProtocolStatusDocument = {"__meta__":{"hash":"sha256:73d5af59b9f044768b017aa2bc16dc534ee7a3dd22f0862f0843e269a5a2a066"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBorderProtocolStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BorderCooperationStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBorderProtocolStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateBorderProtocolStatusMutation, UpdateBorderProtocolStatusMutationVariables>;
export const CorrectDiasporaFigureDocument = {"__meta__":{"hash":"sha256:cee0b773bc04f5fafba7020f477c4d065dd125a19bde95a158aa1722464f5b2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectDiasporaFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctDiasporaFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CorrectDiasporaFigureMutation, CorrectDiasporaFigureMutationVariables>;
export const CreateCooperationAgreementDocument = {"__meta__":{"hash":"sha256:2df8a5c43da781ba293ff40dab6dc7e8ba5579d383e6a0973995b7abfbf1d9f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCooperationAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCooperationAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateCooperationAgreementMutation, CreateCooperationAgreementMutationVariables>;
export const PublishDiasporaFigureDocument = {"__meta__":{"hash":"sha256:059b8705daea3ca553e3220a2f657cf0571b5a42cf524c5d502944540814f4bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishDiasporaFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishDiasporaFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PublishDiasporaFigureMutation, PublishDiasporaFigureMutationVariables>;
export const RecordDiasporaFigureDocument = {"__meta__":{"hash":"sha256:10f7a93fc8269122662204bb8dc1d58a380fde007410af8325cf561d7de7c09c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDiasporaFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiasporaFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RecordDiasporaFigureMutation, RecordDiasporaFigureMutationVariables>;
export const UpdateCooperationAgreementStatusDocument = {"__meta__":{"hash":"sha256:042822af13cb661c67ef15e972ed849a7476c64ff73b8bd31d78586a3a43348e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCooperationAgreementStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiasporaMeasureStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCooperationAgreementStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateCooperationAgreementStatusMutation, UpdateCooperationAgreementStatusMutationVariables>;
export const UpdateDevelopmentProjectStatusDocument = {"__meta__":{"hash":"sha256:7306a2935471cf1d8daf73a416700c1b18789ad07cfa15871e26cb25740ff2fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDevelopmentProjectStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiasporaMeasureStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDevelopmentProjectStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"portugalRole"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateDevelopmentProjectStatusMutation, UpdateDevelopmentProjectStatusMutationVariables>;
export const CorrectIntegrationFigureDocument = {"__meta__":{"hash":"sha256:0182d19f301206a899671585068aba888e09e5401c5f0a9cc63366d0a1ed4fc4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectIntegrationFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctIntegrationFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CorrectIntegrationFigureMutation, CorrectIntegrationFigureMutationVariables>;
export const CreateIntegrationPlanDocument = {"__meta__":{"hash":"sha256:01c11f3e8222ce38c130e522b4f0fcdc6bb28a93e83fdc4ad1e31bb0e644bc5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIntegrationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntegrationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pandemicResponse"}},{"kind":"Field","name":{"kind":"Name","value":"policyArea"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateIntegrationPlanMutation, CreateIntegrationPlanMutationVariables>;
export const PublishIntegrationFigureDocument = {"__meta__":{"hash":"sha256:653f41add81049e518f4c8926f31dd3e6a18bf0c196349d3b5ae61bd0c7c2418"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishIntegrationFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishIntegrationFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PublishIntegrationFigureMutation, PublishIntegrationFigureMutationVariables>;
export const RecordIntegrationFigureDocument = {"__meta__":{"hash":"sha256:189216bbd762c6de45af83e03403690158fe62667c416db3dd052a0279ba5d67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIntegrationFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIntegrationFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RecordIntegrationFigureMutation, RecordIntegrationFigureMutationVariables>;
export const UpdateIntegrationProgrammeStatusDocument = {"__meta__":{"hash":"sha256:f8569aad69fc20d40d1bf13faa814d9ad98863e9ded35cc7fc757013d932c744"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIntegrationProgrammeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIntegrationProgrammeStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateIntegrationProgrammeStatusMutation, UpdateIntegrationProgrammeStatusMutationVariables>;
export const CorrectLabourFigureDocument = {"__meta__":{"hash":"sha256:589c05754f742f1fe41a0737f5c1c5eaf1ecb3452abf90d23bc8957aecf533c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectLabourFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctLabourFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CorrectLabourFigureMutation, CorrectLabourFigureMutationVariables>;
export const CreateLabourMobilityAgreementDocument = {"__meta__":{"hash":"sha256:773162b53d4920482d27abb7d33e6d295a17b2a94c9414bf1cbc8c268ae195b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLabourMobilityAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LabourMobilityAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLabourMobilityAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beingOperationalised"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"signedIn"}},{"kind":"Field","name":{"kind":"Name","value":"signingOccasion"}},{"kind":"Field","name":{"kind":"Name","value":"signingPlace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateLabourMobilityAgreementMutation, CreateLabourMobilityAgreementMutationVariables>;
export const PublishLabourFigureDocument = {"__meta__":{"hash":"sha256:daac68f097055386d88cdf361c23fe0549661204b06133d115451c73c7608c7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishLabourFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishLabourFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PublishLabourFigureMutation, PublishLabourFigureMutationVariables>;
export const RecordLabourFigureDocument = {"__meta__":{"hash":"sha256:68a98e027582662e8ea0c0ca9efc1598963fecdade0f10343849c4a8a6bb31a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLabourFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLabourFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RecordLabourFigureMutation, RecordLabourFigureMutationVariables>;
export const UpdateLabourMobilityAgreementStatusDocument = {"__meta__":{"hash":"sha256:e076e308dafab6e2f0665a43ab031e4327c2fc24e80383059ef1fe6c6e91c451"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLabourMobilityAgreementStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signedIn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LabourMobilityAgreementStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLabourMobilityAgreementStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"signedIn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signedIn"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beingOperationalised"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"signedIn"}},{"kind":"Field","name":{"kind":"Name","value":"signingOccasion"}},{"kind":"Field","name":{"kind":"Name","value":"signingPlace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateLabourMobilityAgreementStatusMutation, UpdateLabourMobilityAgreementStatusMutationVariables>;
export const CreateInitiativeDocument = {"__meta__":{"hash":"sha256:41e8305b811eedd86da1f787ebe5fc781ca9b4e6fe9dccc6ff1425dcb1a304cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateInitiativeMutation, CreateInitiativeMutationVariables>;
export const UpdateInitiativeStatusDocument = {"__meta__":{"hash":"sha256:bcf2adbd65531f7d7382e622f2ab16a9c4f645652ef16ae48af4f2ac57c67c74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInitiativeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInitiativeStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateInitiativeStatusMutation, UpdateInitiativeStatusMutationVariables>;
export const CorrectSocialProtectionFigureDocument = {"__meta__":{"hash":"sha256:85d84be13a4bb2ec7e1fefa1e0ed406107083628c8a8157c42c7a2dd9c125213"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectSocialProtectionFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctSocialProtectionFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CorrectSocialProtectionFigureMutation, CorrectSocialProtectionFigureMutationVariables>;
export const CreateSocialSecurityConventionDocument = {"__meta__":{"hash":"sha256:6e172e72a89e7dfa883a29a8732621d8cf6e3b6c909380d1c5558e6b004ede9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSocialSecurityConvention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialSecurityConventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSocialSecurityConvention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateSocialSecurityConventionMutation, CreateSocialSecurityConventionMutationVariables>;
export const PublishSocialProtectionFigureDocument = {"__meta__":{"hash":"sha256:666952d87946b0d6adbf17e082714d695b8750938ef4f14bf5495354d8d465b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishSocialProtectionFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishSocialProtectionFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PublishSocialProtectionFigureMutation, PublishSocialProtectionFigureMutationVariables>;
export const RecordSocialProtectionFigureDocument = {"__meta__":{"hash":"sha256:077f4292389f0273d58abc407a4ba3598cd40bc99a7565717ec77d4a750e4d5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSocialProtectionFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSocialProtectionFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RecordSocialProtectionFigureMutation, RecordSocialProtectionFigureMutationVariables>;
export const UpdateSocialSecurityConventionStatusDocument = {"__meta__":{"hash":"sha256:ddaa25e279a843a6e2b254ad635fa9df1a7f3ba9bb62b9cf5e5bafe0868c5b41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSocialSecurityConventionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConventionStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSocialSecurityConventionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateSocialSecurityConventionStatusMutation, UpdateSocialSecurityConventionStatusMutationVariables>;