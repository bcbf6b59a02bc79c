import type { MutationResolvers } from "../generated/graphql.js";
import { createCooperationAgreement, updateCooperationAgreementStatus, updateDevelopmentProjectStatus } from "../data/cooperationWrites.js";
import { correctFigure, publishFigure, recordFigure } from "../data/figureWrites.js";

export const Mutation: MutationResolvers = {
  recordDiasporaFigure: (_, { input, idempotencyKey }, context) => recordFigure(context, input, idempotencyKey),
  publishDiasporaFigure: (_, { id, idempotencyKey }, context) => publishFigure(context, id, idempotencyKey),
  correctDiasporaFigure: (_, { id, input, idempotencyKey }, context) => correctFigure(context, id, input, idempotencyKey),
  updateDevelopmentProjectStatus: (_, { code, status, idempotencyKey }, context) => updateDevelopmentProjectStatus(context, code, status, idempotencyKey),
  updateCooperationAgreementStatus: (_, { code, status, idempotencyKey }, context) =>
    updateCooperationAgreementStatus(context, code, status, idempotencyKey),
  createCooperationAgreement: (_, { input, idempotencyKey }, context) => createCooperationAgreement(context, input, idempotencyKey),
};
