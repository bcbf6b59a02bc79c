import type { QueryResolvers } from "../generated/graphql.js";
import { department, figures } from "../department.js";
import { findConventionPage } from "../data/conventions.js";
import { findHealthAccessMeasurePage } from "../data/healthAccessMeasures.js";
import { findSocialSupportMeasurePage } from "../data/socialSupportMeasures.js";

export const Query: QueryResolvers = {
  socialSecurityConventions: (_, { filter, first, after }, { prisma }) => findConventionPage(prisma, filter, first, after),

  socialSecurityConvention: (_, { code }, { loaders }) => loaders.convention.load(code),

  healthAccessMeasures: (_, { filter, first, after }, { prisma }) => findHealthAccessMeasurePage(prisma, filter, first, after),

  healthAccessMeasure: (_, { code }, { loaders }) => loaders.healthAccessMeasure.load(code),

  socialSupportMeasures: (_, { filter, first, after }, { prisma }) => findSocialSupportMeasurePage(prisma, filter, first, after),

  socialSupportMeasure: (_, { code }, { loaders }) => loaders.socialSupportMeasure.load(code),

  healthPlans: (_, __, { prisma }) => prisma.healthPlan.findMany({ orderBy: { code: "asc" } }),

  healthPlan: (_, { code }, { loaders }) => loaders.healthPlan.load(code),

  socialProtectionFigures: (_, { filter, first, after }, context) => figures.findFigurePage(context, filter, first, after),
  socialProtectionFigureRevisions: (_, { id }, context) => figures.findFigureRevisions(context, id),

  socialAuditTrail: (_, { first, after }, context) => department.findAuditTrail(context, first, after),
};
