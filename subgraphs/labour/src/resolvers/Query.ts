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

  labourMobilityAgreement: recordByCode("agreements"),

  labourInspectionCampaigns: (_, args, { prisma }) => findCampaignPage(prisma, args),

  labourInspectionCampaign: recordByCode("campaigns"),

  fundedProjectPortfolios: (_, { objective }, { prisma }) => findFundedProjectPortfolios(prisma, objective),

  fundedProjectPortfolio: recordByCode("portfolios"),

  skillsRecognitionMeasures: (_, { kind, status }, { prisma }) => findSkillsRecognitionMeasures(prisma, kind, status),

  skillsRecognitionMeasure: recordByCode("skillsMeasures"),

  workerAttractionMeasures: (_, { status }, { prisma }) => findWorkerAttractionMeasures(prisma, status),

  workerAttractionMeasure: recordByCode("workerMeasures"),
};
