import { reportSource } from "@gcm-hub/kit";
import type { LabourMobilityAgreementResolvers } from "../generated/graphql.js";
import { countryRef, initiativeRef, objectiveRef } from "./references.js";

export const LabourMobilityAgreement: LabourMobilityAgreementResolvers = {
  pillar: (agreement) => agreement.pillarNumber,

  countries: async (agreement, _, { loaders }) =>
    (await loaders.countriesByAgreement.load(agreement.code)).map((link) => ({ country: countryRef(link.countryIso), role: link.role })),

  objectives: async (agreement, _, { loaders }) =>
    (await loaders.objectivesByAgreement.load(agreement.code)).map((link) => objectiveRef(link.objectiveNumber)),

  initiative: (agreement) => initiativeRef(agreement.initiativeCode),

  source: (agreement) => reportSource(agreement.sourceRef, agreement.sourceQuote),
};
