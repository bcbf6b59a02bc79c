import type { MutationResolvers } from "../generated/graphql.js";
import { figures } from "../department.js";
import { createPlan, updateProgrammeStatus } from "../data/programmeWrites.js";

export const Mutation: MutationResolvers = {
  recordIntegrationFigure: (_, { input, idempotencyKey }, context) => figures.recordFigure(context, input, idempotencyKey),
  publishIntegrationFigure: (_, { id, idempotencyKey }, context) => figures.publishFigure(context, id, idempotencyKey),
  correctIntegrationFigure: (_, { id, input, idempotencyKey }, context) => figures.correctFigure(context, id, input, idempotencyKey),
  updateIntegrationProgrammeStatus: (_, change, context) => updateProgrammeStatus(context, change),
  createIntegrationPlan: (_, { input, idempotencyKey }, context) => createPlan(context, input, idempotencyKey),
};
