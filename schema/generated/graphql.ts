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

/** How far a border system has come, in the report's words. */
export type BorderSystemStatus =
  /** Being implemented; not yet operational. */
  | 'BEING_IMPLEMENTED'
  /** Solutions have been developed. */
  | 'DEVELOPED'
  /** Implemented and in use. */
  | 'IN_OPERATION';

/** How far a social security convention has come, in the report's words. */
export type ConventionStatus =
  /** Applies now: the report says it 'currently covers' its countries. */
  | 'IN_FORCE'
  /** Negotiations are foreseen but have not started: the report says 'negotiations are foreseen'. */
  | 'NEGOTIATION_FORESEEN'
  /** Being negotiated: the report says 'are also being negotiated'. */
  | 'UNDER_NEGOTIATION';

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

/** What kind of diaspora measure it is. */
export type DiasporaProgrammeKind =
  /** A published guide to investment opportunities in the diaspora. */
  | 'INVESTMENT_GUIDE'
  /** A programme supporting the diaspora's return and investment in Portugal. */
  | 'INVESTMENT_SUPPORT_PROGRAMME'
  /** A summer school for people of Portuguese descent. */
  | 'SUMMER_SCHOOL';

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

/** How far an initiative has come, judged from the report's wording. */
export type InitiativeStatus =
  /** Done: approved, published, held or concluded. */
  | 'COMPLETED'
  /** Launched, signed or running, and continuing. */
  | 'IN_PROGRESS'
  /** Foreseen, not yet started. */
  | 'PLANNED'
  /** Drafted and awaiting approval. */
  | 'UNDER_APPROVAL'
  /** Being negotiated with other parties. */
  | 'UNDER_NEGOTIATION';

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

/** A country's part in a labour mobility agreement. */
export type LabourMobilityAgreementCountryRole =
  /** The country where the agreement was signed (Angola for the CPLP agreement). The report lists no CPLP Member States, so membership is not recorded. */
  | 'HOST_COUNTRY'
  /** The other party to a bilateral agreement with Portugal, concluded or under negotiation. */
  | 'PARTNER_COUNTRY';

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

/** What kind of centre a support centre type is. */
export type SupportCentreKind =
  /** A local centre to support the integration of migrants (CLAIM). */
  | 'LOCAL_CENTRE'
  /** A national centre to support the integration of migrants (CNAIM). */
  | 'NATIONAL_CENTRE'
  /** An occupational insertion office (GIP). */
  | 'OCCUPATIONAL_INSERTION_OFFICE';

export type DashboardCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardCountriesQuery = { countries: Array<{ iso: string, name: string }> };

export type DashboardObjectivesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardObjectivesQuery = { objectives: Array<{ number: number, title: string, planFigures: Array<{ id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string } }>, borderFigures: Array<{ id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string } }> | null, integrationFigures: Array<{ id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string } }> | null, diasporaFigures: Array<{ id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string } }> | null, labourFigures: Array<{ id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string } }> | null, socialProtectionFigures: Array<{ id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string } }> | null }> };

export type DashboardFigureFragment = { id: string, label: string, value: number, qualifier: FigureQualifier, unit: string, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string } };

export type CountryProfileQueryVariables = Exact<{
  iso?: string;
}>;


export type CountryProfileQuery = { country: { iso: string, name: string, initiatives: Array<{ code: string, name: string, status: InitiativeStatus }>, borderCooperation: Array<{ role: BorderCountryRole, cooperation:
        | { code: string, name: string, status: BorderCooperationStatus }
        | { code: string, name: string, signedOn: string }
       }> | null, developmentProjects: Array<{ role: CooperationCountryRole, project: { code: string, name: string, focus: DevelopmentFocus } }> | null, cooperationAgreements: Array<{ role: CooperationCountryRole, agreement: { code: string, name: string, kind: CooperationAgreementKind } }> | null, labourMobilityAgreements: Array<{ code: string, name: string, status: LabourMobilityAgreementStatus, signedIn: string | null }> | null, socialSecurityConventions: Array<{ code: string, name: string, status: ConventionStatus }> | null } | null };

export type DiasporaInvestmentAndReturnQueryVariables = Exact<{ [key: string]: never; }>;


export type DiasporaInvestmentAndReturnQuery = { diasporaProgrammes: { edges: Array<{ node: { code: string, name: string, kind: DiasporaProgrammeKind, figures: Array<{ label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null }> } }> } | null, returnProgrammes: Array<{ code: string, name: string, promoter: { code: string, name: string }, figures: Array<{ label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null }> }> | null, objectives: Array<{ number: number, title: string, diasporaFigures: Array<{ label: string, value: number, unit: string }> | null, integrationFigures: Array<{ label: string, value: number, unit: string }> | null }> };

export type InitiativesByObjectiveQueryVariables = Exact<{
  objective?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InitiativesByObjectiveQuery = { objective: { number: number, title: string } | null, initiatives: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, name: string, status: InitiativeStatus, startYear: number | null, participants: Array<{ role: ParticipationRole, department: { code: string, name: string } }>, countries: Array<{ role: string, country: { iso: string, name: string } }>, source: { reference: string, quote: string } } }> } };

export type IntegrationNetworkQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrationNetworkQuery = { supportCentreTypes: Array<{ code: string, name: string, kind: SupportCentreKind, figures: Array<{ label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null }> }> | null, objective: { number: number, title: string, integrationFigures: Array<{ label: string, value: number, unit: string, source: { reference: string, quote: string } }> | null } | null, sef: { code: string, name: string, integrationProgrammes: Array<
      | { code: string, name: string, status: IntegrationStatus }
      | { code: string, name: string, status: IntegrationStatus }
      | { code: string, name: string, status: IntegrationStatus }
      | { code: string, name: string, status: IntegrationStatus }
      | { code: string, name: string, status: IntegrationStatus }
      | { code: string, name: string, status: IntegrationStatus }
      | { code: string, name: string, status: IntegrationStatus }
      | { code: string, name: string, status: IntegrationStatus }
      | { code: string, name: string, status: IntegrationStatus }
    > | null, borderSystems: Array<{ code: string, name: string, status: BorderSystemStatus }> | null } | null };

export type LabourMobilityAndSocialSecurityQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LabourMobilityAndSocialSecurityQuery = { labourMobilityAgreements: { totalCount: number, edges: Array<{ node: { code: string, name: string, kind: LabourMobilityAgreementKind, status: LabourMobilityAgreementStatus, signedIn: string | null, countries: Array<{ role: LabourMobilityAgreementCountryRole, country: { iso: string, name: string, socialSecurityConventions: Array<{ code: string, name: string, status: ConventionStatus }> | null } }>, source: { reference: string, quote: string } } }> } | null };

export type ObjectiveDashboardQueryVariables = Exact<{
  numbers?: Array<number> | number | null | undefined;
}>;


export type ObjectiveDashboardQuery = { objectives: Array<{ number: number, title: string, borderFigures: Array<{ id: string, label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string, quote: string } }> | null, integrationFigures: Array<{ id: string, label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string, quote: string } }> | null, diasporaFigures: Array<{ id: string, label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string, quote: string } }> | null, labourFigures: Array<{ id: string, label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string, quote: string } }> | null, socialProtectionFigures: Array<{ id: string, label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string, quote: string } }> | null }> };

export type FigureFragment = { id: string, label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string, quote: string } };

export type PandemicResponseQueryVariables = Exact<{ [key: string]: never; }>;


export type PandemicResponseQuery = { regularisationMeasures: Array<{ code: string, name: string, pendingAsOf: string | null, validUntil: string | null }> | null, borderFigures: { edges: Array<{ node: { label: string, value: number, unit: string } }> } | null, healthAccessMeasures: { edges: Array<{ node: { code: string, name: string, kind: HealthAccessMeasureKind } }> } | null, socialSupportMeasures: { edges: Array<{ node: { code: string, name: string, beneficiaries: string } }> } | null, socialProtectionFigures: { edges: Array<{ node: { label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string, quote: string } } }> } | null, informationServices: Array<{ code: string, name: string }> | null };

export type PlanOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanOverviewQuery = { pillars: Array<{ numeral: string, title: string, achievement: string }>, planFigures: Array<{ label: string, value: number, unit: string, qualifier: FigureQualifier, statedPeriod: { kind: PeriodKind, start: string | null, end: string | null, label: string } | null, source: { reference: string, quote: string } }>, objectives: Array<{ number: number, title: string }> };

export const DashboardFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<DashboardFigureFragment, unknown>;
export const FigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]} as unknown as DocumentNode<FigureFragment, unknown>;
export const DashboardCountriesDocument = {"__meta__":{"hash":"sha256:365c8b81ca1a2c9455fd28cd64809eb7b3e0e480071d8a434c903135c6823d6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardCountriesQuery, DashboardCountriesQueryVariables>;
export const DashboardObjectivesDocument = {"__meta__":{"hash":"sha256:3e574044645825a861b8ce9e5c0995d4a30de9e9b025736c95a4f3aad0c08ddf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardObjectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"planFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diasporaFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labourFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialProtectionFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<DashboardObjectivesQuery, DashboardObjectivesQueryVariables>;
export const CountryProfileDocument = {"__meta__":{"hash":"sha256:dd711dd0d9de2c148068ab2559e74138fecca46bf3733dd70ae1f6866c9c47f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"CV","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderCooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BorderProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BorderProtocol"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"labourMobilityAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialSecurityConventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CountryProfileQuery, CountryProfileQueryVariables>;
export const DiasporaInvestmentAndReturnDocument = {"__meta__":{"hash":"sha256:dd2c13192179a6f30b1afee49f337ab9c36f0924c0585fd8c2aee2769bc5cb58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiasporaInvestmentAndReturn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diasporaProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"numbers"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"19"},{"kind":"IntValue","value":"21"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"diasporaFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]} as unknown as DocumentNode<DiasporaInvestmentAndReturnQuery, DiasporaInvestmentAndReturnQueryVariables>;
export const InitiativesByObjectiveDocument = {"__meta__":{"hash":"sha256:b79b457f62246d1720675dd164f8a06c8450e790666cf17bd20b830ffe35cf7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativesByObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objective"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objective"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"objective"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objective"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InitiativesByObjectiveQuery, InitiativesByObjectiveQueryVariables>;
export const IntegrationNetworkDocument = {"__meta__":{"hash":"sha256:e40bfdad3e5465f9420c7d94488a3c4418d7dd82ba347c6b6c6d10d66fe26efa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegrationNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportCentreTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"IntValue","value":"7"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"integrationFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sef"},"name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"SEF","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"integrationProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderSystems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<IntegrationNetworkQuery, IntegrationNetworkQueryVariables>;
export const LabourMobilityAndSocialSecurityDocument = {"__meta__":{"hash":"sha256:7561af9d57a04a92ab1bc42e517c89951e62e1a19b5c835b491ba01eee552781"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabourMobilityAndSocialSecurity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labourMobilityAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedIn"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"socialSecurityConventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LabourMobilityAndSocialSecurityQuery, LabourMobilityAndSocialSecurityQueryVariables>;
export const ObjectiveDashboardDocument = {"__meta__":{"hash":"sha256:b8833570a843773934826361648859e48af3961ae189a7d4c9902dbe00e6c224"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectiveDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"IntValue","value":"4"},{"kind":"IntValue","value":"5"},{"kind":"IntValue","value":"6"},{"kind":"IntValue","value":"7"},{"kind":"IntValue","value":"12"},{"kind":"IntValue","value":"14"},{"kind":"IntValue","value":"16"},{"kind":"IntValue","value":"21"},{"kind":"IntValue","value":"22"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"numbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"borderFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diasporaFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labourFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialProtectionFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]} as unknown as DocumentNode<ObjectiveDashboardQuery, ObjectiveDashboardQueryVariables>;
export const PandemicResponseDocument = {"__meta__":{"hash":"sha256:b7cd5130391732792fb1aeb2bfcc9e6a4d5fc7c7165c3221de52f4ffe6e9997e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PandemicResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regularisationMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pendingAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pandemicResponse"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthAccessMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pandemicResponse"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialSupportMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pandemicResponse"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialProtectionFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pandemicResponse"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pandemicResponse"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PandemicResponseQuery, PandemicResponseQueryVariables>;
export const PlanOverviewDocument = {"__meta__":{"hash":"sha256:2b1dfada433d4b55d5ac0615bd63ee73592e081cf3c7b765aef4ac080521b856"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pillars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numeral"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PlanOverviewQuery, PlanOverviewQueryVariables>;