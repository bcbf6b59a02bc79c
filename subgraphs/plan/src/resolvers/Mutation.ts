import type { MutationResolvers } from "../generated/graphql.js";
import { createInitiative, updateInitiativeStatus } from "../data/initiativeWrites.js";

export const Mutation: MutationResolvers = {
  updateInitiativeStatus: (_, change, context) => updateInitiativeStatus(context, change),
  createInitiative: (_, { input, idempotencyKey }, context) => createInitiative(context, input, idempotencyKey),
};
