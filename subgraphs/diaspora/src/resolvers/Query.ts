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
  cooperationAgreement: recordByCode("cooperationAgreements"),

  developmentProjects: (_, args, { prisma }) => findDevelopmentProjectPage(prisma, args),
  developmentProject: recordByCode("developmentProjects"),

  consularServiceModels: (_, { status }, { prisma }) => prisma.consularServiceModel.findMany({ where: status ? { status } : {}, ...byCode }),
  consularServiceModel: recordByCode("consularServiceModels"),

  supportOfficeNetworks: (_, { audience }, { prisma }) =>
    prisma.supportOfficeNetwork.findMany({ where: audience ? { audiences: { has: audience } } : {}, ...byCode }),
  supportOfficeNetwork: recordByCode("supportOfficeNetworks"),

  diasporaProgrammes: (_, args, { prisma }) => findDiasporaProgrammePage(prisma, args),
  diasporaProgramme: recordByCode("diasporaProgrammes"),

  remittanceAssessments: (_, __, { prisma }) => prisma.remittanceAssessment.findMany(byCode),
  remittanceAssessment: recordByCode("remittanceAssessments"),

  returnProgrammes: (_, { department }, { prisma }) => findReturnProgrammes(prisma, department),
  returnProgramme: recordByCode("returnProgrammes"),

  internationalEngagements: (_, args, { prisma }) => findInternationalEngagementPage(prisma, args),
  internationalEngagement: recordByCode("internationalEngagements"),
};
