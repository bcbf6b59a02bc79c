import type { MutationResolvers } from "../generated/graphql.js";
import { createConvention, updateConventionStatus } from "../data/conventionWrites.js";
import { figures } from "../department.js";

export const Mutation: MutationResolvers = {
  recordSocialProtectionFigure: (_, { input, idempotencyKey }, context) => figures.recordFigure(context, input, idempotencyKey),
  publishSocialProtectionFigure: (_, { id, idempotencyKey }, context) => figures.publishFigure(context, id, idempotencyKey),
  correctSocialProtectionFigure: (_, { id, input, idempotencyKey }, context) => figures.correctFigure(context, id, input, idempotencyKey),
  updateSocialSecurityConventionStatus: (_, change, context) => updateConventionStatus(context, change),
  createSocialSecurityConvention: (_, { input, idempotencyKey }, context) => createConvention(context, input, idempotencyKey),
};
