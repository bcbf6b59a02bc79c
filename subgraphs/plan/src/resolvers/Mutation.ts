import type { MutationResolvers } from "../generated/graphql.js";
import { createInitiative, INITIATIVES } from "../data/initiativeWrites.js";
import { department } from "../department.js";

export const Mutation: MutationResolvers = {
  updateInitiativeStatus: (_, change, context) => department.changeStatus(context, "updateInitiativeStatus", INITIATIVES, change),
  createInitiative: (_, { input, idempotencyKey }, context) => createInitiative(context, input, idempotencyKey),
};
