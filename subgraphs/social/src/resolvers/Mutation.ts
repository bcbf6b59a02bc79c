import type { MutationResolvers } from "../generated/graphql.js";
import { createConvention, updateConventionStatus } from "../data/conventionWrites.js";
import { figures } from "../department.js";

export const Mutation: MutationResolvers = {
  ...figures.fields.Mutation,
  updateSocialSecurityConventionStatus: (_, change, context) => updateConventionStatus(context, change),
  createSocialSecurityConvention: (_, { input, idempotencyKey }, context) => createConvention(context, input, idempotencyKey),
};
