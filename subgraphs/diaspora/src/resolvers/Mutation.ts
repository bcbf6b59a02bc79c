import type { MutationResolvers } from "../generated/graphql.js";
import { AGREEMENTS, createCooperationAgreement, PROJECTS } from "../data/cooperationWrites.js";
import { department, figures } from "../department.js";

export const Mutation: MutationResolvers = {
  ...figures.fields.Mutation,
  updateDevelopmentProjectStatus: (_, change, context) => department.changeStatus(context, "updateDevelopmentProjectStatus", PROJECTS, change),
  updateCooperationAgreementStatus: (_, change, context) => department.changeStatus(context, "updateCooperationAgreementStatus", AGREEMENTS, change),
  createCooperationAgreement: (_, { input, idempotencyKey }, context) => createCooperationAgreement(context, input, idempotencyKey),
};
