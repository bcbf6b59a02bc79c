import type { QueryResolvers } from "../generated/graphql.js";
import { department, figures } from "../department.js";
import { findAgreementPage } from "../data/agreements.js";
import { findCampaignPage } from "../data/inspections.js";
import { findFundedProjectPortfolios, findSkillsRecognitionMeasures, findWorkerAttractionMeasures } from "../data/measures.js";

export const Query: QueryResolvers = {
  ...department.fields.Query,
  ...figures.fields.Query,
  labourMobilityAgreements: (_, args, { prisma }) => findAgreementPage(prisma, args),

  labourMobilityAgreement: (_, { code }, { loaders }) => loaders.agreement.load(code),

  labourInspectionCampaigns: (_, args, { prisma }) => findCampaignPage(prisma, args),

  labourInspectionCampaign: (_, { code }, { loaders }) => loaders.campaign.load(code),

  fundedProjectPortfolios: (_, { objective }, { prisma }) => findFundedProjectPortfolios(prisma, objective),

  fundedProjectPortfolio: (_, { code }, { loaders }) => loaders.portfolio.load(code),

  skillsRecognitionMeasures: (_, { kind, status }, { prisma }) => findSkillsRecognitionMeasures(prisma, kind, status),

  skillsRecognitionMeasure: (_, { code }, { loaders }) => loaders.skillsMeasure.load(code),

  workerAttractionMeasures: (_, { status }, { prisma }) => findWorkerAttractionMeasures(prisma, status),

  workerAttractionMeasure: (_, { code }, { loaders }) => loaders.workerMeasure.load(code),
};
