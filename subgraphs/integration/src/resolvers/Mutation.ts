import type { MutationResolvers } from "../generated/graphql.js";
import { createPlan, PROGRAMMES } from "../data/programmeWrites.js";
import { department, figures } from "../department.js";

export const Mutation: MutationResolvers = {
  ...figures.fields.Mutation,
  updateIntegrationProgrammeStatus: (_, change, context) => department.changeStatus(context, "updateIntegrationProgrammeStatus", PROGRAMMES, change),
  createIntegrationPlan: (_, { input, idempotencyKey }, context) => createPlan(context, input, idempotencyKey),
};
