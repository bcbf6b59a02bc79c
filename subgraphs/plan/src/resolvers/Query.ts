import type { DepartmentKind } from "../generated/prisma/enums.js";
import type { PlanContext } from "../context.js";
import { findInitiativePage, type InitiativeFilter } from "../data/initiatives.js";
import { assertObjectiveNumber, findObjectives } from "../data/objectives.js";

export const Query = {
  pillars: (_: unknown, __: unknown, { prisma }: PlanContext) => prisma.pillar.findMany({ orderBy: { number: "asc" } }),

  objectives: (_: unknown, args: { numbers?: number[] | null; titleContains?: string | null }, { prisma }: PlanContext) =>
    findObjectives(prisma, args.numbers, args.titleContains),

  objective: (_: unknown, { number }: { number: number }, { loaders }: PlanContext) => {
    assertObjectiveNumber("number", number);
    return loaders.objective.load(number);
  },

  guidingPrinciples: (_: unknown, __: unknown, { prisma }: PlanContext) =>
    prisma.guidingPrinciple.findMany({ orderBy: { number: "asc" } }),

  departments: (_: unknown, { kind }: { kind?: DepartmentKind | null }, { prisma }: PlanContext) =>
    prisma.department.findMany({ where: kind ? { kind } : {}, orderBy: { code: "asc" } }),

  department: (_: unknown, { code }: { code: string }, { loaders }: PlanContext) => loaders.department.load(code),

  countries: (_: unknown, __: unknown, { prisma }: PlanContext) => prisma.country.findMany({ orderBy: { iso: "asc" } }),

  country: (_: unknown, { iso }: { iso: string }, { loaders }: PlanContext) => loaders.country.load(iso.toUpperCase()),

  initiatives: (
    _: unknown,
    args: { filter?: InitiativeFilter | null; first?: number | null; after?: string | null },
    { prisma }: PlanContext,
  ) => findInitiativePage(prisma, args.filter, args.first, args.after),

  initiative: (_: unknown, { code }: { code: string }, { loaders }: PlanContext) => loaders.initiative.load(code),

  planFigures: (_: unknown, __: unknown, { prisma }: PlanContext) => prisma.observation.findMany({ orderBy: { code: "asc" } }),
};
