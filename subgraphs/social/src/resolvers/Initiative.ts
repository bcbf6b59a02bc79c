import type { SocialContext } from "../context.js";
import { initiativeReference, type InitiativeReference } from "../entities.js";

export const Initiative = {
  __resolveReference: ({ code }: InitiativeReference) => initiativeReference(code),

  socialSecurityConventions: (initiative: InitiativeReference, _: unknown, { loaders }: SocialContext) =>
    loaders.conventionsByInitiative.load(initiative.code),

  healthAccessMeasures: (initiative: InitiativeReference, _: unknown, { loaders }: SocialContext) =>
    loaders.healthAccessMeasuresByInitiative.load(initiative.code),

  socialSupportMeasures: (initiative: InitiativeReference, _: unknown, { loaders }: SocialContext) =>
    loaders.socialSupportMeasuresByInitiative.load(initiative.code),

  healthPlans: (initiative: InitiativeReference, _: unknown, { loaders }: SocialContext) => loaders.healthPlansByInitiative.load(initiative.code),
};
