import type { InitiativeResolvers } from "../generated/graphql.js";

export const Initiative: InitiativeResolvers = {
  __resolveReference: ({ code }, { loaders }) => loaders.initiative.load(code),

  objectives: async (initiative, _, { loaders }) => (await loaders.objectivesByInitiative.load(initiative.code)).map((link) => link.objective),

  participants: (initiative, _, { loaders }) => loaders.participantsByInitiative.load(initiative.code),

  countries: (initiative, _, { loaders }) => loaders.countriesByInitiative.load(initiative.code),

  source: (initiative) => ({ document: initiative.sourceDocument, reference: initiative.sourceRef, quote: initiative.sourceQuote }),
};
