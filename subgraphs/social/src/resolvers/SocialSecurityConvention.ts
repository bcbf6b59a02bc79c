import { initiativeReference, requiredObjectiveReference } from "@gcm-hub/kit";
import type { SocialSecurityConventionResolvers } from "../generated/graphql.js";

export const SocialSecurityConvention: SocialSecurityConventionResolvers = {
  objective: (convention) => requiredObjectiveReference(convention.objectiveNumber),

  countries: async (convention, { role }, { loaders }) => {
    const links = await loaders.countriesByConvention.load(convention.code);
    return links.filter((link) => !role || link.role === role);
  },

  initiative: (convention) => initiativeReference(convention.initiativeCode),

  // Seeded conventions name the report (the column's default); created ones their own document.
  source: (convention) => ({ document: convention.sourceDocument, reference: convention.sourceRef, quote: convention.sourceQuote }),
};
