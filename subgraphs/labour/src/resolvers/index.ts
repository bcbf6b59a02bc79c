import type { Resolvers } from "../generated/graphql.js";
import { AuditEntry } from "./AuditEntry.js";
import { Country } from "./Country.js";
import { Department } from "./Department.js";
import { FundedProjectPortfolio } from "./FundedProjectPortfolio.js";
import { Initiative } from "./Initiative.js";
import { LabourInspectionCampaign } from "./LabourInspectionCampaign.js";
import { LabourMobilityAgreement } from "./LabourMobilityAgreement.js";
import { Mutation } from "./Mutation.js";
import { Objective } from "./Objective.js";
import { FigureRevision } from "./FigureRevision.js";
import { Observation } from "./Observation.js";
import { Query } from "./Query.js";
import { SkillsRecognitionMeasure } from "./SkillsRecognitionMeasure.js";
import { WorkerAttractionMeasure } from "./WorkerAttractionMeasure.js";

export const resolvers: Resolvers = {
  Query,
  Mutation,
  AuditEntry,
  Objective,
  Country,
  Department,
  Initiative,
  LabourMobilityAgreement,
  LabourInspectionCampaign,
  FundedProjectPortfolio,
  SkillsRecognitionMeasure,
  WorkerAttractionMeasure,
  Observation,
  FigureRevision,
};
