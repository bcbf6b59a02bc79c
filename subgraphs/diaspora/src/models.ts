// The shapes resolvers receive as parents: Prisma rows (with the relations the
// loaders include) and, for plan's entities, their keys. The resolver types in
// generated/graphql.ts map each GraphQL type to one of these, so the typecheck
// fails when a resolver returns something else.
import type { Prisma } from "./generated/prisma/client.js";
// The rows of the tables every department shares, as the kit reads them.
export type { AuditEntryRow, ObservationRow, FigureRevisionRow } from "@gcm-hub/kit";

export type {
  ConsularServiceModel as ConsularServiceModelRow,
  CooperationAgreement as CooperationAgreementRow,
  DevelopmentProject as DevelopmentProjectRow,
  DiasporaProgramme as DiasporaProgrammeRow,
  InternationalEngagement as InternationalEngagementRow,
  RemittanceAssessment as RemittanceAssessmentRow,
  ReturnProgramme as ReturnProgrammeRow,
  SupportOfficeNetwork as SupportOfficeNetworkRow,
} from "./generated/prisma/client.js";

export type { CountryReference as CountryRow, DepartmentReference as DepartmentRow, InitiativeReference as InitiativeRow, ObjectiveReference as ObjectiveRow } from "@gcm-hub/kit";

export type CooperationAgreementCountryRow = Prisma.CooperationAgreementCountryGetPayload<{ include: { agreement: true } }>;
export type DevelopmentProjectCountryRow = Prisma.DevelopmentProjectCountryGetPayload<{ include: { project: true } }>;
