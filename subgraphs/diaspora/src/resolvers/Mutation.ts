import type { MutationResolvers } from "../generated/graphql.js";
import { createCooperationAgreement, updateCooperationAgreementStatus, updateDevelopmentProjectStatus } from "../data/cooperationWrites.js";
import { figures } from "../department.js";

export const Mutation: MutationResolvers = {
  recordDiasporaFigure: (_, { input, idempotencyKey }, context) => figures.recordFigure(context, input, idempotencyKey),
  publishDiasporaFigure: (_, { id, idempotencyKey }, context) => figures.publishFigure(context, id, idempotencyKey),
  correctDiasporaFigure: (_, { id, input, idempotencyKey }, context) => figures.correctFigure(context, id, input, idempotencyKey),
  updateDevelopmentProjectStatus: (_, change, context) => updateDevelopmentProjectStatus(context, change),
  updateCooperationAgreementStatus: (_, change, context) => updateCooperationAgreementStatus(context, change),
  createCooperationAgreement: (_, { input, idempotencyKey }, context) => createCooperationAgreement(context, input, idempotencyKey),
};
