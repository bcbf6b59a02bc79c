import type { MutationResolvers } from "../generated/graphql.js";
import { createInitiative, updateInitiativeStatus } from "../data/initiativeWrites.js";

export const Mutation: MutationResolvers = {
  updateInitiativeStatus: (_, { code, status, idempotencyKey }, context) => updateInitiativeStatus(context, code, status, idempotencyKey),
  createInitiative: (_, { input, idempotencyKey }, context) => createInitiative(context, input, idempotencyKey),
};
