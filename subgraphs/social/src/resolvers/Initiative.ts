import { referenceResolvers } from "@gcm-hub/kit";
import type { InitiativeResolvers } from "../generated/graphql.js";

export const Initiative: InitiativeResolvers = {
  __resolveReference: referenceResolvers.Initiative,

  socialSecurityConventions: (initiative, _, { loaders }) => loaders.conventionsByInitiative.load(initiative.code),

  healthAccessMeasures: (initiative, _, { loaders }) => loaders.healthAccessMeasuresByInitiative.load(initiative.code),

  socialSupportMeasures: (initiative, _, { loaders }) => loaders.socialSupportMeasuresByInitiative.load(initiative.code),

  healthPlans: (initiative, _, { loaders }) => loaders.healthPlansByInitiative.load(initiative.code),
};
