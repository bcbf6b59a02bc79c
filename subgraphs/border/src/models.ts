// The shapes resolvers receive as parents: Prisma rows, the kit's connections of
// them, the country's cooperation links and, for plan's entities, their keys.
// codegen.ts maps each GraphQL type to one of these, so the typecheck fails when
// a resolver returns something else.
import type { Connection, DepartmentFigureRow } from "@gcm-hub/kit";
import type { BorderCountryRole } from "./generated/prisma/enums.js";
import type { BorderProject, BorderProtocol } from "./generated/prisma/client.js";
// The rows of the tables every department shares, as the kit reads them.
export type { AuditEntryRow, DepartmentFigureRow as ObservationRow, FigureRevisionRow } from "@gcm-hub/kit";

export type {
  BorderFacility as BorderFacilityRow,
  BorderPolicyDocument as BorderPolicyDocumentRow,
  BorderProject as BorderProjectRow,
  BorderProjectCountry as BorderProjectCountryRow,
  BorderProjectParticipant as BorderProjectParticipantRow,
  BorderProtocol as BorderProtocolRow,
  BorderProtocolParty as BorderProtocolPartyRow,
  BorderSystem as BorderSystemRow,
  DocumentationMeasure as DocumentationMeasureRow,
  RegularisationMeasure as RegularisationMeasureRow,
  TraffickingReferralSystem as TraffickingReferralSystemRow,
} from "./generated/prisma/client.js";

// plan owns these entities: this subgraph holds and returns only their keys, and
// the gateway asks plan for the rest.
export interface ObjectiveRow {
  number: number;
}

export interface CountryRow {
  iso: string;
}

export interface DepartmentRow {
  code: string;
}

export interface InitiativeRow {
  code: string;
}

/** A country's part in a project or protocol; the cooperation is still a Prisma record. */
export interface CountryBorderCooperationRow {
  role: BorderCountryRole;
  cooperation: BorderProject | BorderProtocol;
}

// Relay pages as the kit's toConnection/pageByCode build them, nodes still rows.
export type BorderProjectConnectionRow = Connection<BorderProject>;
export type BorderProjectEdgeRow = BorderProjectConnectionRow["edges"][number];
export type BorderProtocolConnectionRow = Connection<BorderProtocol>;
export type BorderProtocolEdgeRow = BorderProtocolConnectionRow["edges"][number];
export type ObservationConnectionRow = Connection<DepartmentFigureRow>;
export type ObservationEdgeRow = ObservationConnectionRow["edges"][number];
