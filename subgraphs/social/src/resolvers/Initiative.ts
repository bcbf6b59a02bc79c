import { recordsByInitiative, referenceResolvers } from "@gcm-hub/kit";
import type { InitiativeResolvers } from "../generated/graphql.js";

export const Initiative: InitiativeResolvers = {
  __resolveReference: referenceResolvers.Initiative,

  socialSecurityConventions: recordsByInitiative("conventions"),

  healthAccessMeasures: recordsByInitiative("healthAccessMeasures"),

  socialSupportMeasures: recordsByInitiative("socialSupportMeasures"),

  healthPlans: recordsByInitiative("healthPlans"),
};
