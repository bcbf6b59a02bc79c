import type { QueryResolvers } from "../generated/graphql.js";
import { department, figures } from "../department.js";
import { findProgrammePage, findProgrammesOfKind } from "../data/programmes.js";

export const Query: QueryResolvers = {
  ...department.fields.Query,
  ...figures.fields.Query,
  integrationProgrammes: (_, args, { prisma }) => findProgrammePage(prisma, args),

  integrationProgramme: (_, { code }, { loaders }) => loaders.programme.load(code),

  integrationNetworks: (_, { status }, { prisma }) => findProgrammesOfKind(prisma, "INTEGRATION_NETWORK", { status }),

  supportCentreTypes: (_, __, { prisma }) => prisma.supportCentreType.findMany({ orderBy: { code: "asc" } }),

  supportCentreType: (_, { code }, { loaders }) => loaders.centreType.load(code.toUpperCase()),

  supportServices: (_, args, { prisma }) => findProgrammesOfKind(prisma, "SUPPORT_SERVICE", args),

  informationServices: (_, args, { prisma }) => findProgrammesOfKind(prisma, "INFORMATION_SERVICE", args),

  evidenceSources: (_, args, { prisma }) => findProgrammesOfKind(prisma, "EVIDENCE_SOURCE", args),

  trainingProgrammes: (_, args, { prisma }) => findProgrammesOfKind(prisma, "TRAINING_PROGRAMME", args),

  languageProgrammes: (_, { setting }, { prisma }) => findProgrammesOfKind(prisma, "LANGUAGE_PROGRAMME", { languageSetting: setting }),

  integrationPlans: (_, { level, policyArea, status }, { prisma }) =>
    findProgrammesOfKind(prisma, "INTEGRATION_PLAN", { planLevel: level, policyArea, status }),

  integrationProtocols: (_, args, { prisma }) => findProgrammesOfKind(prisma, "INTEGRATION_PROTOCOL", args),

  antiDiscriminationMeasures: (_, args, { prisma }) => findProgrammesOfKind(prisma, "ANTI_DISCRIMINATION_MEASURE", args),
};
