// The shapes resolvers receive as parents: Prisma rows (with the relations the
// loaders include) and, for plan's entities, their keys. The resolver types in
// generated/graphql.ts map each GraphQL type to one of these, so the typecheck
// fails when a resolver returns something else.
import type { Prisma } from "./generated/prisma/client.js";
// A figure's versions, as the kit's figureRevisions reads them.
export type { FigureRevisionRow } from "@gcm-hub/kit";

export type {
  AuditEntry as AuditEntryRow,
  ConsularServiceModel as ConsularServiceModelRow,
  CooperationAgreement as CooperationAgreementRow,
  DevelopmentProject as DevelopmentProjectRow,
  DiasporaProgramme as DiasporaProgrammeRow,
  InternationalEngagement as InternationalEngagementRow,
  Observation as ObservationRow,
  RemittanceAssessment as RemittanceAssessmentRow,
  ReturnProgramme as ReturnProgrammeRow,
  SupportOfficeNetwork as SupportOfficeNetworkRow,
} from "./generated/prisma/client.js";

export type {
  CountryReference as CountryRow,
  DepartmentReference as DepartmentRow,
  InitiativeReference as InitiativeRow,
  ObjectiveReference as ObjectiveRow,
} from "./entities.js";

export type CooperationAgreementCountryRow = Prisma.CooperationAgreementCountryGetPayload<{ include: { agreement: true } }>;
export type DevelopmentProjectCountryRow = Prisma.DevelopmentProjectCountryGetPayload<{ include: { project: true } }>;
