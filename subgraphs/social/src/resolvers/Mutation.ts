import type { MutationResolvers } from "../generated/graphql.js";
import { createConvention, updateConventionStatus } from "../data/conventionWrites.js";
import { correctFigure, publishFigure, recordFigure } from "../data/figureWrites.js";

export const Mutation: MutationResolvers = {
  recordSocialProtectionFigure: (_, { input, idempotencyKey }, context) => recordFigure(context, input, idempotencyKey),
  publishSocialProtectionFigure: (_, { id, idempotencyKey }, context) => publishFigure(context, id, idempotencyKey),
  correctSocialProtectionFigure: (_, { id, input, idempotencyKey }, context) => correctFigure(context, id, input, idempotencyKey),
  updateSocialSecurityConventionStatus: (_, { code, status, idempotencyKey }, context) => updateConventionStatus(context, code, status, idempotencyKey),
  createSocialSecurityConvention: (_, { input, idempotencyKey }, context) => createConvention(context, input, idempotencyKey),
};
