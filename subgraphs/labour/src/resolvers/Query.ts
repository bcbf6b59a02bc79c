import { recordByCode } from "@gcm-hub/kit";
import type { QueryResolvers } from "../generated/graphql.js";
import { department, figures } from "../department.js";
import { findAgreementPage } from "../data/agreements.js";
import { findCampaignPage } from "../data/inspections.js";
import { findFundedProjectPortfolios, findSkillsRecognitionMeasures, findWorkerAttractionMeasures } from "../data/measures.js";

export const Query: QueryResolvers = {
  ...department.fields.Query,
  ...figures.fields.Query,

  labourMobilityAgreements: (_, args, { prisma }) => findAgreementPage(prisma, args),
  labourInspectionCampaigns: (_, args, { prisma }) => findCampaignPage(prisma, args),
  fundedProjectPortfolios: (_, { objective }, { prisma }) => findFundedProjectPortfolios(prisma, objective),
  skillsRecognitionMeasures: (_, { kind, status }, { prisma }) => findSkillsRecognitionMeasures(prisma, kind, status),
  workerAttractionMeasures: (_, { status }, { prisma }) => findWorkerAttractionMeasures(prisma, status),

  labourMobilityAgreement: recordByCode("agreements"),
  labourInspectionCampaign: recordByCode("campaigns"),
  fundedProjectPortfolio: recordByCode("portfolios"),
  skillsRecognitionMeasure: recordByCode("skillsMeasures"),
  workerAttractionMeasure: recordByCode("workerMeasures"),
};
