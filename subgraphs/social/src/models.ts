// The shapes resolvers receive as parents: Prisma rows and, for plan's entities,
// their keys. codegen.ts maps each GraphQL type to one of these, so the typecheck
// fails when a resolver returns something else. The connections and edges need
// none: codegen derives them from the mapped node, still checked against the SDL.
export type {
  AuditEntry as AuditEntryRow,
  ConventionCountry as ConventionCountryRow,
  HealthAccessMeasure as HealthAccessMeasureRow,
  HealthPlan as HealthPlanRow,
  Observation as ObservationRow,
  SocialSecurityConvention as SocialSecurityConventionRow,
  SocialSupportMeasure as SocialSupportMeasureRow,
} from "./generated/prisma/client.js";
// A figure's versions, as the kit's figureRevisions reads them.
export type { FigureRevisionRow } from "@gcm-hub/kit";

export type {
  CountryReference as CountryRow,
  InitiativeReference as InitiativeRow,
  ObjectiveReference as ObjectiveRow,
} from "./entities.js";
