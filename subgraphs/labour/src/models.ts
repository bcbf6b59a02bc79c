// The shapes resolvers receive as parents: Prisma rows and, for plan's entities,
// their keys. codegen.ts maps each GraphQL type to one of these, so the typecheck
// fails when a resolver returns something else. The connections and edges need
// none: codegen derives them from the mapped node.
// The rows of the tables every department shares, as the kit reads them.
export type { AuditEntryRow, ObservationRow, FigureRevisionRow } from "@gcm-hub/kit";

export type {
  FundedProjectPortfolio as FundedProjectPortfolioRow,
  InspectionCampaign as LabourInspectionCampaignRow,
  LabourMobilityAgreement as LabourMobilityAgreementRow,
  SkillsRecognitionMeasure as SkillsRecognitionMeasureRow,
  WorkerAttractionMeasure as WorkerAttractionMeasureRow,
} from "./generated/prisma/client.js";

// plan owns these entities: this subgraph holds and returns only their keys, and
// the gateway asks plan for the rest.
export type { CountryReference as CountryRow, DepartmentReference as DepartmentRow, InitiativeReference as InitiativeRow, ObjectiveReference as ObjectiveRow } from "@gcm-hub/kit";

