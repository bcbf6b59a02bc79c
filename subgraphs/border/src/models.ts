// The shapes resolvers receive as parents: Prisma rows, the country's cooperation
// links and, for plan's entities, their keys. codegen.ts maps each GraphQL type to
// one of these, so the typecheck fails when a resolver returns something else. The
// connections and edges need none: codegen derives them from the mapped node.
import type { BorderCountryRole } from "./generated/prisma/enums.js";
import type { BorderProject, BorderProtocol } from "./generated/prisma/client.js";
// The rows of the tables every department shares, as the kit reads them.
export type { AuditEntryRow, ObservationRow, FigureRevisionRow } from "@gcm-hub/kit";

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
export type { CountryReference as CountryRow, DepartmentReference as DepartmentRow, InitiativeReference as InitiativeRow, ObjectiveReference as ObjectiveRow } from "@gcm-hub/kit";

/** A country's part in a project or protocol; the cooperation is still a Prisma record. */
export interface CountryBorderCooperationRow {
  role: BorderCountryRole;
  cooperation: BorderProject | BorderProtocol;
}

