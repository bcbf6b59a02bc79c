import type { MutationResolvers } from "../generated/graphql.js";
import { createAgreement, updateAgreementStatus } from "../data/agreementWrites.js";
import { figures } from "../department.js";

export const Mutation: MutationResolvers = {
  ...figures.fields.Mutation,
  updateLabourMobilityAgreementStatus: (_, change, context) => updateAgreementStatus(context, change),
  createLabourMobilityAgreement: (_, { input, idempotencyKey }, context) => createAgreement(context, input, idempotencyKey),
};
