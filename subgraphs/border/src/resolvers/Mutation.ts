import type { MutationResolvers } from "../generated/graphql.js";
import { createProtocol, PROJECTS, PROTOCOLS } from "../data/cooperationWrites.js";
import { department, figures } from "../department.js";

export const Mutation: MutationResolvers = {
  ...figures.fields.Mutation,
  updateBorderProjectStatus: (_, change, context) => department.changeStatus(context, "updateProjectStatus", PROJECTS, change),
  updateBorderProtocolStatus: (_, change, context) => department.changeStatus(context, "updateProtocolStatus", PROTOCOLS, change),
  createBorderProtocol: (_, { input, idempotencyKey }, context) => createProtocol(context, input, idempotencyKey),
};
