import type { MutationResolvers } from "../generated/graphql.js";
import { figures } from "../department.js";
import { createPlan, updateProgrammeStatus } from "../data/programmeWrites.js";

export const Mutation: MutationResolvers = {
  ...figures.fields.Mutation,
  updateIntegrationProgrammeStatus: (_, change, context) => updateProgrammeStatus(context, change),
  createIntegrationPlan: (_, { input, idempotencyKey }, context) => createPlan(context, input, idempotencyKey),
};
