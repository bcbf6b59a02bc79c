import type { MutationResolvers } from "../generated/graphql.js";
import { createProtocol, updateProjectStatus, updateProtocolStatus } from "../data/cooperationWrites.js";
import { figures } from "../department.js";

export const Mutation: MutationResolvers = {
  ...figures.fields.Mutation,
  updateBorderProjectStatus: (_, change, context) => updateProjectStatus(context, change),
  updateBorderProtocolStatus: (_, change, context) => updateProtocolStatus(context, change),
  createBorderProtocol: (_, { input, idempotencyKey }, context) => createProtocol(context, input, idempotencyKey),
};
