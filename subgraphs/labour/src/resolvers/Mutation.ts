import type { MutationResolvers } from "../generated/graphql.js";
import { createAgreement, updateAgreementStatus } from "../data/agreementWrites.js";
import { correctFigure, publishFigure, recordFigure } from "../data/figureWrites.js";

export const Mutation: MutationResolvers = {
  recordLabourFigure: (_, { input, idempotencyKey }, context) => recordFigure(context, input, idempotencyKey),
  publishLabourFigure: (_, { id, idempotencyKey }, context) => publishFigure(context, id, idempotencyKey),
  correctLabourFigure: (_, { id, input, idempotencyKey }, context) => correctFigure(context, id, input, idempotencyKey),
  updateLabourMobilityAgreementStatus: (_, { code, status, signedIn, idempotencyKey }, context) =>
    updateAgreementStatus(context, code, status, signedIn, idempotencyKey),
  createLabourMobilityAgreement: (_, { input, idempotencyKey }, context) => createAgreement(context, input, idempotencyKey),
};
