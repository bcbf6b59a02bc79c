import type { SocialContext } from "../context.js";
import { findConventionPage, type SocialSecurityConventionFilter } from "../data/conventions.js";
import type { FigureFilter } from "@gcm-hub/kit";
import { findFigurePage } from "../data/figures.js";
import { findHealthAccessMeasurePage, type HealthAccessMeasureFilter } from "../data/healthAccessMeasures.js";
import { findSocialSupportMeasurePage, type SocialSupportMeasureFilter } from "../data/socialSupportMeasures.js";

interface PageArgs<Filter> {
  filter?: Filter | null;
  first?: number | null;
  after?: string | null;
}

export const Query = {
  socialSecurityConventions: (_: unknown, args: PageArgs<SocialSecurityConventionFilter>, { prisma }: SocialContext) =>
    findConventionPage(prisma, args.filter, args.first, args.after),

  socialSecurityConvention: (_: unknown, { code }: { code: string }, { loaders }: SocialContext) => loaders.convention.load(code),

  healthAccessMeasures: (_: unknown, args: PageArgs<HealthAccessMeasureFilter>, { prisma }: SocialContext) =>
    findHealthAccessMeasurePage(prisma, args.filter, args.first, args.after),

  healthAccessMeasure: (_: unknown, { code }: { code: string }, { loaders }: SocialContext) => loaders.healthAccessMeasure.load(code),

  socialSupportMeasures: (_: unknown, args: PageArgs<SocialSupportMeasureFilter>, { prisma }: SocialContext) =>
    findSocialSupportMeasurePage(prisma, args.filter, args.first, args.after),

  socialSupportMeasure: (_: unknown, { code }: { code: string }, { loaders }: SocialContext) => loaders.socialSupportMeasure.load(code),

  healthPlans: (_: unknown, __: unknown, { prisma }: SocialContext) => prisma.healthPlan.findMany({ orderBy: { code: "asc" } }),

  healthPlan: (_: unknown, { code }: { code: string }, { loaders }: SocialContext) => loaders.healthPlan.load(code),

  socialProtectionFigures: (_: unknown, args: PageArgs<FigureFilter>, { prisma }: SocialContext) =>
    findFigurePage(prisma, args.filter, args.first, args.after),
};
