import type { CountryResolvers } from "../generated/graphql.js";

export const Country: CountryResolvers = {
  __resolveReference: ({ iso }, { loaders }) => loaders.country.load(iso.toUpperCase()),

  initiatives: async (country, { status }, { loaders }) => {
    const links = await loaders.initiativesByCountry.load(country.iso);
    return links.map((link) => link.initiative).filter((initiative) => !status || initiative.status === status);
  },
};
