import { referenceResolvers } from "@gcm-hub/kit";
import type { InitiativeResolvers } from "../generated/graphql.js";

export const Initiative: InitiativeResolvers = {
  // Plan owns initiatives: this subgraph only knows the key and what it adds.
  __resolveReference: referenceResolvers.Initiative,

  integrationProgrammes: ({ code }, _, { loaders }) => loaders.programmesByInitiative.load(code),
};
