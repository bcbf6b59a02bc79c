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
  borderProtocols: (_, args, { prisma }) => findProtocolPage(prisma, args),
  borderSystems: (_, args, { prisma }) => findSystems(prisma, args),
  borderFacilities: (_, args, { prisma }) => findFacilities(prisma, args),
  borderPolicyDocuments: (_, args, { prisma }) => findPolicyDocuments(prisma, args),
  documentationMeasures: (_, args, { prisma }) => findDocumentationMeasures(prisma, args),
  regularisationMeasures: (_, args, { prisma }) => findRegularisationMeasures(prisma, args),
  traffickingReferralSystems: (_, args, { prisma }) => findReferralSystems(prisma, args),

  borderProject: recordByCode("projects"),
  borderProtocol: recordByCode("protocols"),
  borderSystem: recordByCode("systems"),
  borderFacility: recordByCode("facilities"),
  borderPolicyDocument: recordByCode("policyDocuments"),
  documentationMeasure: recordByCode("documentationMeasures"),
  regularisationMeasure: recordByCode("regularisationMeasures"),
  traffickingReferralSystem: recordByCode("referralSystems"),
};
