// The shapes resolvers receive as parents: Prisma rows, with the relations the
// loaders include. codegen.ts maps each GraphQL type to one of these, so the
// typecheck fails when a resolver returns something else.
import type { Prisma } from "./generated/prisma/client.js";
// The audit_entry rows, as the kit reads them for every department.
export type { AuditEntryRow } from "@gcm-hub/kit";

export type {
  Country as CountryRow,
  Department as DepartmentRow,
  GuidingPrinciple as GuidingPrincipleRow,
  Initiative as InitiativeRow,
  Milestone as MilestoneRow,
  Objective as ObjectiveRow,
  Observation as ObservationRow,
  Pillar as PillarRow,
} from "./generated/prisma/client.js";

export type ParticipationRow = Prisma.InitiativeDepartmentGetPayload<{ include: { department: true } }>;
export type CountryInvolvementRow = Prisma.InitiativeCountryGetPayload<{ include: { country: true } }>;
