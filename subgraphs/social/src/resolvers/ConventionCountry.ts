import type { ConventionCountryResolvers } from "../generated/graphql.js";

export const ConventionCountry: ConventionCountryResolvers = {
  country: (link) => ({ iso: link.countryIso }),
};
