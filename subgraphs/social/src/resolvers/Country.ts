import type { CountryResolvers } from "../generated/graphql.js";
import { countryReference } from "../entities.js";

export const Country: CountryResolvers = {
  __resolveReference: ({ iso }) => countryReference(iso),

  socialSecurityConventions: async (country, { status }, { loaders }) => {
    const links = await loaders.conventionsByCountry.load(country.iso);
    return links.map((link) => link.convention).filter((convention) => !status || convention.status === status);
  },
};
