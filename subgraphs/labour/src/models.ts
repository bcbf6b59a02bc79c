// The shapes resolvers receive as parents: Prisma rows, the kit's connections of
// them and, for plan's entities, their keys. codegen.ts maps each GraphQL type to
// one of these, so the typecheck fails when a resolver returns something else.
import type { Connection, DepartmentFigureRow } from "@gcm-hub/kit";
import type { InspectionCampaign, LabourMobilityAgreement } from "./generated/prisma/client.js";
// The rows of the tables every department shares, as the kit reads them.
export type { AuditEntryRow, DepartmentFigureRow as ObservationRow, FigureRevisionRow } from "@gcm-hub/kit";

export type {
  FundedProjectPortfolio as FundedProjectPortfolioRow,
  InspectionCampaign as LabourInspectionCampaignRow,
  LabourMobilityAgreement as LabourMobilityAgreementRow,
  SkillsRecognitionMeasure as SkillsRecognitionMeasureRow,
  WorkerAttractionMeasure as WorkerAttractionMeasureRow,
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

// Relay pages as the kit's toConnection/pageByCode build them, nodes still rows.
export type LabourMobilityAgreementConnectionRow = Connection<LabourMobilityAgreement>;
export type LabourMobilityAgreementEdgeRow = LabourMobilityAgreementConnectionRow["edges"][number];
export type LabourInspectionCampaignConnectionRow = Connection<InspectionCampaign>;
export type LabourInspectionCampaignEdgeRow = LabourInspectionCampaignConnectionRow["edges"][number];
export type ObservationConnectionRow = Connection<DepartmentFigureRow>;
export type ObservationEdgeRow = ObservationConnectionRow["edges"][number];
