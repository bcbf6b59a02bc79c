import type { CooperationAgreementResolvers } from "../generated/graphql.js";
import { having, initiativeOf, objectivesOf, sourceOf } from "./records.js";

export const CooperationAgreement: CooperationAgreementResolvers = {
  countries: async (agreement, { role }, { loaders }) => having(await loaders.agreementPartnersByAgreement.load(agreement.code), (link) => link.role, role),
  objectives: objectivesOf,
  initiative: initiativeOf,
  source: sourceOf,
};
