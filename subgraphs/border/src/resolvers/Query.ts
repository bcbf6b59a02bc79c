import type { QueryResolvers } from "../generated/graphql.js";
import { department, figures } from "../department.js";
import { findDocumentationMeasures, findFacilities, findPolicyDocuments, findReferralSystems, findRegularisationMeasures, findSystems } from "../data/lists.js";
import { findProjectPage } from "../data/projects.js";
import { findProtocolPage } from "../data/protocols.js";

export const Query: QueryResolvers = {
  ...department.fields.Query,
  ...figures.fields.Query,

  borderFigure: (_, { id }, { loaders }) => loaders.figure.load(id),

  borderProjects: (_, args, { prisma }) => findProjectPage(prisma, args),

  borderProject: (_, { code }, { loaders }) => loaders.project.load(code),

  borderProtocols: (_, args, { prisma }) => findProtocolPage(prisma, args),

  borderProtocol: (_, { code }, { loaders }) => loaders.protocol.load(code),

  borderSystems: (_, args, { prisma }) => findSystems(prisma, args),

  borderSystem: (_, { code }, { loaders }) => loaders.system.load(code),

  borderFacilities: (_, args, { prisma }) => findFacilities(prisma, args),

  borderFacility: (_, { code }, { loaders }) => loaders.facility.load(code),

  borderPolicyDocuments: (_, args, { prisma }) => findPolicyDocuments(prisma, args),

  borderPolicyDocument: (_, { code }, { loaders }) => loaders.policyDocument.load(code),

  documentationMeasures: (_, args, { prisma }) => findDocumentationMeasures(prisma, args),

  documentationMeasure: (_, { code }, { loaders }) => loaders.documentationMeasure.load(code),

  regularisationMeasures: (_, args, { prisma }) => findRegularisationMeasures(prisma, args),

  regularisationMeasure: (_, { code }, { loaders }) => loaders.regularisationMeasure.load(code),

  traffickingReferralSystems: (_, args, { prisma }) => findReferralSystems(prisma, args),

  traffickingReferralSystem: (_, { code }, { loaders }) => loaders.referralSystem.load(code),
};
