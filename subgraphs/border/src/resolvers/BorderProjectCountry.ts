import type { BorderProjectCountryResolvers } from "../generated/graphql.js";

export const BorderProjectCountry: BorderProjectCountryResolvers = {
  country: (involvement) => ({ iso: involvement.countryIso }),
};
