import type { QueryResolvers } from "../generated/graphql.js";
import { department, figures } from "../department.js";
import { findCooperationAgreementPage, findDevelopmentProjectPage } from "../data/cooperation.js";
import { findDiasporaProgrammePage } from "../data/diasporaProgrammes.js";
import { findInternationalEngagementPage } from "../data/engagements.js";
import { findReturnProgrammes } from "../data/returnProgrammes.js";

const byCode = { orderBy: { code: "asc" } } as const;

export const Query: QueryResolvers = {
  ...department.fields.Query,
  ...figures.fields.Query,

  cooperationAgreements: (_, args, { prisma }) => findCooperationAgreementPage(prisma, args),
  cooperationAgreement: (_, { code }, { loaders }) => loaders.cooperationAgreement.load(code),

  developmentProjects: (_, args, { prisma }) => findDevelopmentProjectPage(prisma, args),
  developmentProject: (_, { code }, { loaders }) => loaders.developmentProject.load(code),

  consularServiceModels: (_, { status }, { prisma }) => prisma.consularServiceModel.findMany({ where: status ? { status } : {}, ...byCode }),
  consularServiceModel: (_, { code }, { loaders }) => loaders.consularServiceModel.load(code),

  supportOfficeNetworks: (_, { audience }, { prisma }) =>
    prisma.supportOfficeNetwork.findMany({ where: audience ? { audiences: { has: audience } } : {}, ...byCode }),
  supportOfficeNetwork: (_, { code }, { loaders }) => loaders.supportOfficeNetwork.load(code),

  diasporaProgrammes: (_, args, { prisma }) => findDiasporaProgrammePage(prisma, args),
  diasporaProgramme: (_, { code }, { loaders }) => loaders.diasporaProgramme.load(code),

  remittanceAssessments: (_, __, { prisma }) => prisma.remittanceAssessment.findMany(byCode),
  remittanceAssessment: (_, { code }, { loaders }) => loaders.remittanceAssessment.load(code),

  returnProgrammes: (_, { department }, { prisma }) => findReturnProgrammes(prisma, department),
  returnProgramme: (_, { code }, { loaders }) => loaders.returnProgramme.load(code),

  internationalEngagements: (_, args, { prisma }) => findInternationalEngagementPage(prisma, args),
  internationalEngagement: (_, { code }, { loaders }) => loaders.internationalEngagement.load(code),
};
