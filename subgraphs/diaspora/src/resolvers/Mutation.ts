import type { MutationResolvers } from "../generated/graphql.js";
import { createCooperationAgreement, updateCooperationAgreementStatus, updateDevelopmentProjectStatus } from "../data/cooperationWrites.js";
import { figures } from "../department.js";

export const Mutation: MutationResolvers = {
  ...figures.fields.Mutation,
  updateDevelopmentProjectStatus: (_, change, context) => updateDevelopmentProjectStatus(context, change),
  updateCooperationAgreementStatus: (_, change, context) => updateCooperationAgreementStatus(context, change),
  createCooperationAgreement: (_, { input, idempotencyKey }, context) => createCooperationAgreement(context, input, idempotencyKey),
};
