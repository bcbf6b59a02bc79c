import { recordsByObjective, referenceResolvers } from "@gcm-hub/kit";
import { figures } from "../department.js";
import type { ObjectiveResolvers } from "../generated/graphql.js";

export const Objective: ObjectiveResolvers = {
  __resolveReference: referenceResolvers.Objective,

  ...figures.fields.Objective,

  socialSecurityConventions: async (objective, { status }, { loaders }) => {
    const conventions = await loaders.conventionsByObjective.load(objective.number);
    return conventions.filter((convention) => !status || convention.status === status);
  },

  healthPlans: recordsByObjective("healthPlans"),
};
