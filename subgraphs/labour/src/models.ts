// The shapes resolvers receive as parents: Prisma rows, the kit's connections of
// them and, for plan's entities, their keys. codegen.ts maps each GraphQL type to
// one of these, so the typecheck fails when a resolver returns something else.
import type { Connection } from "@gcm-hub/kit";
import type { InspectionCampaign, LabourMobilityAgreement, Observation } from "./generated/prisma/client.js";
// A figure's versions, as the kit's figureRevisions reads them.
export type { FigureRevisionRow } from "@gcm-hub/kit";

export type {
  AuditEntry as AuditEntryRow,
  FundedProjectPortfolio as FundedProjectPortfolioRow,
  InspectionCampaign as LabourInspectionCampaignRow,
  LabourMobilityAgreement as LabourMobilityAgreementRow,
  Observation as ObservationRow,
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
export type ObservationConnectionRow = Connection<Observation>;
export type ObservationEdgeRow = ObservationConnectionRow["edges"][number];
