import { referenceResolvers } from "@gcm-hub/kit";
import type { CountryResolvers } from "../generated/graphql.js";

export const Country: CountryResolvers = {
  __resolveReference: referenceResolvers.Country,

  socialSecurityConventions: async (country, { status }, { loaders }) => {
    const links = await loaders.conventionsByCountry.load(country.iso);
    return links.map((link) => link.convention).filter((convention) => !status || convention.status === status);
  },
};
