import { auditEntryFields } from "@gcm-hub/kit";
import type { Resolvers } from "../generated/graphql.js";
import { figures } from "../department.js";
import { Country } from "./Country.js";
import { Department } from "./Department.js";
import { FundedProjectPortfolio } from "./FundedProjectPortfolio.js";
import { Initiative } from "./Initiative.js";
import { LabourInspectionCampaign } from "./LabourInspectionCampaign.js";
import { LabourMobilityAgreement } from "./LabourMobilityAgreement.js";
import { Mutation } from "./Mutation.js";
import { Objective } from "./Objective.js";
import { Query } from "./Query.js";
import { SkillsRecognitionMeasure } from "./SkillsRecognitionMeasure.js";
import { WorkerAttractionMeasure } from "./WorkerAttractionMeasure.js";

export const resolvers: Resolvers = {
  Query,
  Mutation,
  AuditEntry: auditEntryFields,
  Objective,
  Country,
  Department,
  Initiative,
  LabourMobilityAgreement,
  LabourInspectionCampaign,
  FundedProjectPortfolio,
  SkillsRecognitionMeasure,
  WorkerAttractionMeasure,
  Observation: figures.resolvers.Observation,
  FigureRevision: figures.resolvers.FigureRevision,
};
