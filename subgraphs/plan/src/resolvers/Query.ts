import type { QueryResolvers } from "../generated/graphql.js";
import { department } from "../department.js";
import { findInitiativePage } from "../data/initiatives.js";
import { findObjectives } from "../data/objectives.js";
import { assertObjectiveNumber } from "@gcm-hub/kit";

export const Query: QueryResolvers = {
  ...department.fields.Query,
  pillars: (_, __, { prisma }) => prisma.pillar.findMany({ orderBy: { number: "asc" } }),

  objectives: (_, { numbers, titleContains }, { prisma }) => findObjectives(prisma, numbers, titleContains),

  objective: (_, { number }, { loaders }) => {
    assertObjectiveNumber("number", number);
    return loaders.objective.load(number);
  },

  guidingPrinciples: (_, __, { prisma }) => prisma.guidingPrinciple.findMany({ orderBy: { number: "asc" } }),

  departments: (_, { kind }, { prisma }) => prisma.department.findMany({ where: kind ? { kind } : {}, orderBy: { code: "asc" } }),

  department: (_, { code }, { loaders }) => loaders.department.load(code),

  countries: (_, __, { prisma }) => prisma.country.findMany({ orderBy: { iso: "asc" } }),

  country: (_, { iso }, { loaders }) => loaders.country.load(iso.toUpperCase()),

  initiatives: (_, args, { prisma }) => findInitiativePage(prisma, args),

  initiative: (_, { code }, { loaders }) => loaders.initiative.load(code),

  planFigures: (_, __, { prisma }) => prisma.observation.findMany({ orderBy: { code: "asc" } }),

  milestones: (_, __, { prisma }) => prisma.milestone.findMany({ orderBy: [{ date: "asc" }, { code: "asc" }] }),
};
