import { recordByCode } from "@gcm-hub/kit";
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
  developmentProjects: (_, args, { prisma }) => findDevelopmentProjectPage(prisma, args),
  consularServiceModels: (_, { status }, { prisma }) => prisma.consularServiceModel.findMany({ where: status ? { status } : {}, ...byCode }),
  supportOfficeNetworks: (_, { audience }, { prisma }) =>
    prisma.supportOfficeNetwork.findMany({ where: audience ? { audiences: { has: audience } } : {}, ...byCode }),
  diasporaProgrammes: (_, args, { prisma }) => findDiasporaProgrammePage(prisma, args),
  remittanceAssessments: (_, __, { prisma }) => prisma.remittanceAssessment.findMany(byCode),
  returnProgrammes: (_, { department }, { prisma }) => findReturnProgrammes(prisma, department),
  internationalEngagements: (_, args, { prisma }) => findInternationalEngagementPage(prisma, args),

  cooperationAgreement: recordByCode("cooperationAgreements"),
  developmentProject: recordByCode("developmentProjects"),
  consularServiceModel: recordByCode("consularServiceModels"),
  supportOfficeNetwork: recordByCode("supportOfficeNetworks"),
  diasporaProgramme: recordByCode("diasporaProgrammes"),
  remittanceAssessment: recordByCode("remittanceAssessments"),
  returnProgramme: recordByCode("returnProgrammes"),
  internationalEngagement: recordByCode("internationalEngagements"),
};
