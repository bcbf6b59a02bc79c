import type { MutationResolvers } from "../generated/graphql.js";
import { createProtocol, updateProjectStatus, updateProtocolStatus } from "../data/cooperationWrites.js";
import { figures } from "../department.js";

export const Mutation: MutationResolvers = {
  recordBorderFigure: (_, { input, idempotencyKey }, context) => figures.recordFigure(context, input, idempotencyKey),
  publishBorderFigure: (_, { id, idempotencyKey }, context) => figures.publishFigure(context, id, idempotencyKey),
  correctBorderFigure: (_, { id, input, idempotencyKey }, context) => figures.correctFigure(context, id, input, idempotencyKey),
  updateBorderProjectStatus: (_, change, context) => updateProjectStatus(context, change),
  updateBorderProtocolStatus: (_, change, context) => updateProtocolStatus(context, change),
  createBorderProtocol: (_, { input, idempotencyKey }, context) => createProtocol(context, input, idempotencyKey),
};
