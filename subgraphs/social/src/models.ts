// The shapes resolvers receive as parents: Prisma rows and, for plan's entities,
// their keys. codegen.ts maps each GraphQL type to one of these, so the typecheck
// fails when a resolver returns something else. The connections and edges need
// none: codegen derives them from the mapped node, still checked against the SDL.
export type {
  ConventionCountry as ConventionCountryRow,
  HealthAccessMeasure as HealthAccessMeasureRow,
  HealthPlan as HealthPlanRow,
  SocialSecurityConvention as SocialSecurityConventionRow,
  SocialSupportMeasure as SocialSupportMeasureRow,
} from "./generated/prisma/client.js";
// The rows of the tables every department shares, as the kit reads them.
export type { AuditEntryRow, ObservationRow, FigureRevisionRow } from "@gcm-hub/kit";

export type { CountryReference as CountryRow, InitiativeReference as InitiativeRow, ObjectiveReference as ObjectiveRow } from "@gcm-hub/kit";
