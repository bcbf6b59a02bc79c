import type { MutationResolvers } from "../generated/graphql.js";
import { correctFigure, publishFigure, recordFigure } from "../data/figureWrites.js";
import { createPlan, updateProgrammeStatus } from "../data/programmeWrites.js";

export const Mutation: MutationResolvers = {
  recordIntegrationFigure: (_, { input, idempotencyKey }, context) => recordFigure(context, input, idempotencyKey),
  publishIntegrationFigure: (_, { id, idempotencyKey }, context) => publishFigure(context, id, idempotencyKey),
  correctIntegrationFigure: (_, { id, input, idempotencyKey }, context) => correctFigure(context, id, input, idempotencyKey),
  updateIntegrationProgrammeStatus: (_, { code, status, idempotencyKey }, context) => updateProgrammeStatus(context, code, status, idempotencyKey),
  createIntegrationPlan: (_, { input, idempotencyKey }, context) => createPlan(context, input, idempotencyKey),
};
