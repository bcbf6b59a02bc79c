import type { InitiativeResolvers } from "../generated/graphql.js";
import { initiativeReference } from "../entities.js";

export const Initiative: InitiativeResolvers = {
  __resolveReference: ({ code }) => initiativeReference(code),

  socialSecurityConventions: (initiative, _, { loaders }) => loaders.conventionsByInitiative.load(initiative.code),

  healthAccessMeasures: (initiative, _, { loaders }) => loaders.healthAccessMeasuresByInitiative.load(initiative.code),

  socialSupportMeasures: (initiative, _, { loaders }) => loaders.socialSupportMeasuresByInitiative.load(initiative.code),

  healthPlans: (initiative, _, { loaders }) => loaders.healthPlansByInitiative.load(initiative.code),
};
