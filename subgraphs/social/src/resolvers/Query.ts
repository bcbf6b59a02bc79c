import { recordByCode } from "@gcm-hub/kit";
import type { QueryResolvers } from "../generated/graphql.js";
import { department, figures } from "../department.js";
import { findConventionPage } from "../data/conventions.js";
import { findHealthAccessMeasurePage } from "../data/healthAccessMeasures.js";
import { findSocialSupportMeasurePage } from "../data/socialSupportMeasures.js";

export const Query: QueryResolvers = {
  ...department.fields.Query,
  ...figures.fields.Query,

  socialSecurityConventions: (_, args, { prisma }) => findConventionPage(prisma, args),
  healthAccessMeasures: (_, args, { prisma }) => findHealthAccessMeasurePage(prisma, args),
  socialSupportMeasures: (_, args, { prisma }) => findSocialSupportMeasurePage(prisma, args),
  healthPlans: (_, __, { prisma }) => prisma.healthPlan.findMany({ orderBy: { code: "asc" } }),

  socialSecurityConvention: recordByCode("conventions"),
  healthAccessMeasure: recordByCode("healthAccessMeasures"),
  socialSupportMeasure: recordByCode("socialSupportMeasures"),
  healthPlan: recordByCode("healthPlans"),
};
