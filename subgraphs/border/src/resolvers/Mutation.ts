import type { MutationResolvers } from "../generated/graphql.js";
import { createProtocol, updateProjectStatus, updateProtocolStatus } from "../data/cooperationWrites.js";
import { correctFigure, publishFigure, recordFigure } from "../data/figureWrites.js";

export const Mutation: MutationResolvers = {
  recordBorderFigure: (_, { input, idempotencyKey }, context) => recordFigure(context, input, idempotencyKey),
  publishBorderFigure: (_, { id, idempotencyKey }, context) => publishFigure(context, id, idempotencyKey),
  correctBorderFigure: (_, { id, input, idempotencyKey }, context) => correctFigure(context, id, input, idempotencyKey),
  updateBorderProjectStatus: (_, { code, status, idempotencyKey }, context) => updateProjectStatus(context, code, status, idempotencyKey),
  updateBorderProtocolStatus: (_, { code, status, idempotencyKey }, context) => updateProtocolStatus(context, code, status, idempotencyKey),
  createBorderProtocol: (_, { input, idempotencyKey }, context) => createProtocol(context, input, idempotencyKey),
};
