import type { CountryResolvers } from "../generated/graphql.js";
import { countryReference } from "../entities.js";
import { having } from "./records.js";

export const Country: CountryResolvers = {
  __resolveReference: ({ iso }) => countryReference(iso),

  cooperationAgreements: async (country, { kind }, { loaders }) =>
    having(await loaders.agreementPartnersByCountry.load(country.iso), (link) => link.agreement.kind, kind),

  developmentProjects: async (country, { focus }, { loaders }) =>
    having(await loaders.projectCountriesByCountry.load(country.iso), (link) => link.project.focus, focus),
};
