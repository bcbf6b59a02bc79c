import type { MutationResolvers } from "../generated/graphql.js";
import { correctFigure, publishFigure, recordFigure } from "../data/figureWrites.js";

export const Mutation: MutationResolvers = {
  recordLabourFigure: (_, { input, idempotencyKey }, context) => recordFigure(context, input, idempotencyKey),
  publishLabourFigure: (_, { id, idempotencyKey }, context) => publishFigure(context, id, idempotencyKey),
  correctLabourFigure: (_, { id, input, idempotencyKey }, context) => correctFigure(context, id, input, idempotencyKey),
};
