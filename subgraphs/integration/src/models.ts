// The shapes resolvers receive as parents: Prisma rows, and key-only stubs for the
// entities plan owns. codegen.ts maps each GraphQL type to one of these, so the
// typecheck fails when a resolver returns something else.
import type { Programme, ProgrammeParticipant } from "./generated/prisma/client.js";
// The rows of the tables every department shares, as the kit reads them.
export type { AuditEntryRow, ObservationRow, FigureRevisionRow } from "@gcm-hub/kit";

export type {
  SupportCentreType as SupportCentreTypeRow,
} from "./generated/prisma/client.js";

// The nine IntegrationProgramme types share one table (single-table inheritance):
// each is a programme row, and its `kind` column says which type it is.
export type IntegrationNetworkRow = Programme;
export type SupportServiceRow = Programme;
export type InformationServiceRow = Programme;
export type EvidenceSourceRow = Programme;
export type TrainingProgrammeRow = Programme;
export type LanguageProgrammeRow = Programme;
export type IntegrationPlanRow = Programme;
export type IntegrationProtocolRow = Programme;
export type AntiDiscriminationMeasureRow = Programme;

/** A body's part in a programme: the link row, whose department is plan's key. */
export type ProgrammeParticipationRow = ProgrammeParticipant;

// Plan owns these entities: this subgraph holds only their keys, and plan resolves the rest.
export type { DepartmentReference as DepartmentRow, InitiativeReference as InitiativeRow, ObjectiveReference as ObjectiveRow } from "@gcm-hub/kit";
