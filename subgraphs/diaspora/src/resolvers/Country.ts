import { referenceResolvers } from "@gcm-hub/kit";
import type { CountryResolvers } from "../generated/graphql.js";
import { having } from "./records.js";

export const Country: CountryResolvers = {
  __resolveReference: referenceResolvers.Country,

  cooperationAgreements: async (country, { kind }, { loaders }) =>
    having(await loaders.agreementPartnersByCountry.load(country.iso), (link) => link.agreement.kind, kind),

  developmentProjects: async (country, { focus }, { loaders }) =>
    having(await loaders.projectCountriesByCountry.load(country.iso), (link) => link.project.focus, focus),
};
