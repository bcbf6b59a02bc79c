import type { MutationResolvers } from "../generated/graphql.js";
import { createAgreement, updateAgreementStatus } from "../data/agreementWrites.js";
import { figures } from "../department.js";

export const Mutation: MutationResolvers = {
  recordLabourFigure: (_, { input, idempotencyKey }, context) => figures.recordFigure(context, input, idempotencyKey),
  publishLabourFigure: (_, { id, idempotencyKey }, context) => figures.publishFigure(context, id, idempotencyKey),
  correctLabourFigure: (_, { id, input, idempotencyKey }, context) => figures.correctFigure(context, id, input, idempotencyKey),
  updateLabourMobilityAgreementStatus: (_, change, context) => updateAgreementStatus(context, change),
  createLabourMobilityAgreement: (_, { input, idempotencyKey }, context) => createAgreement(context, input, idempotencyKey),
};
