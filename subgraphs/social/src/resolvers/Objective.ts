import type { ConventionStatus } from "../generated/prisma/enums.js";
import type { SocialContext } from "../context.js";
import { objectiveReference, type ObjectiveReference } from "../entities.js";

export const Objective = {
  __resolveReference: ({ number }: ObjectiveReference) => objectiveReference(number),

  socialProtectionFigures: (objective: ObjectiveReference, _: unknown, { loaders }: SocialContext) =>
    loaders.figuresByObjective.load(objective.number),

  socialSecurityConventions: async (objective: ObjectiveReference, { status }: { status?: ConventionStatus | null }, { loaders }: SocialContext) => {
    const conventions = await loaders.conventionsByObjective.load(objective.number);
    return conventions.filter((convention) => !status || convention.status === status);
  },

  healthPlans: (objective: ObjectiveReference, _: unknown, { loaders }: SocialContext) => loaders.healthPlansByObjective.load(objective.number),
};
