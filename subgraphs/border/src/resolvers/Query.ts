import { recordByCode } from "@gcm-hub/kit";
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

  borderProject: recordByCode("projects"),

  borderProtocols: (_, args, { prisma }) => findProtocolPage(prisma, args),

  borderProtocol: recordByCode("protocols"),

  borderSystems: (_, args, { prisma }) => findSystems(prisma, args),

  borderSystem: recordByCode("systems"),

  borderFacilities: (_, args, { prisma }) => findFacilities(prisma, args),

  borderFacility: recordByCode("facilities"),

  borderPolicyDocuments: (_, args, { prisma }) => findPolicyDocuments(prisma, args),

  borderPolicyDocument: recordByCode("policyDocuments"),

  documentationMeasures: (_, args, { prisma }) => findDocumentationMeasures(prisma, args),

  documentationMeasure: recordByCode("documentationMeasures"),

  regularisationMeasures: (_, args, { prisma }) => findRegularisationMeasures(prisma, args),

  regularisationMeasure: recordByCode("regularisationMeasures"),

  traffickingReferralSystems: (_, args, { prisma }) => findReferralSystems(prisma, args),

  traffickingReferralSystem: recordByCode("referralSystems"),
};
