import { initiativeReference, requiredCountryReference, requiredObjectiveReference } from "@gcm-hub/kit";
import type { LabourMobilityAgreementResolvers } from "../generated/graphql.js";

export const LabourMobilityAgreement: LabourMobilityAgreementResolvers = {
  pillar: (agreement) => agreement.pillarNumber,

  countries: async (agreement, _, { loaders }) =>
    (await loaders.countriesByAgreement.load(agreement.code)).map((link) => ({ country: requiredCountryReference(link.countryIso), role: link.role })),

  objectives: async (agreement, _, { loaders }) =>
    (await loaders.objectivesByAgreement.load(agreement.code)).map((link) => requiredObjectiveReference(link.objectiveNumber)),

  initiative: (agreement) => initiativeReference(agreement.initiativeCode),

  // Seeded agreements name the report (the column's default); created ones their own document.
  source: (agreement) => ({ document: agreement.sourceDocument, reference: agreement.sourceRef, quote: agreement.sourceQuote }),
};
