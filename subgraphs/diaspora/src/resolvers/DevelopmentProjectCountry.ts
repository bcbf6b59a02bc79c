import { requiredCountryReference } from "@gcm-hub/kit";
import type { DevelopmentProjectCountryResolvers } from "../generated/graphql.js";

export const DevelopmentProjectCountry: DevelopmentProjectCountryResolvers = {
  country: (link) => requiredCountryReference(link.countryIso),
};
