import type { QueryResolvers } from "../generated/graphql.js";
import { department, figures } from "../department.js";
import { findConventionPage } from "../data/conventions.js";
import { findHealthAccessMeasurePage } from "../data/healthAccessMeasures.js";
import { findSocialSupportMeasurePage } from "../data/socialSupportMeasures.js";

export const Query: QueryResolvers = {
  ...department.fields.Query,
  ...figures.fields.Query,
  socialSecurityConventions: (_, args, { prisma }) => findConventionPage(prisma, args),

  socialSecurityConvention: (_, { code }, { loaders }) => loaders.convention.load(code),

  healthAccessMeasures: (_, args, { prisma }) => findHealthAccessMeasurePage(prisma, args),

  healthAccessMeasure: (_, { code }, { loaders }) => loaders.healthAccessMeasure.load(code),

  socialSupportMeasures: (_, args, { prisma }) => findSocialSupportMeasurePage(prisma, args),

  socialSupportMeasure: (_, { code }, { loaders }) => loaders.socialSupportMeasure.load(code),

  healthPlans: (_, __, { prisma }) => prisma.healthPlan.findMany({ orderBy: { code: "asc" } }),

  healthPlan: (_, { code }, { loaders }) => loaders.healthPlan.load(code),
};
