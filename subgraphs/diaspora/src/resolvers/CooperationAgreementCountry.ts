import { requiredCountryReference } from "@gcm-hub/kit";
import type { CooperationAgreementCountryResolvers } from "../generated/graphql.js";

export const CooperationAgreementCountry: CooperationAgreementCountryResolvers = {
  country: (link) => requiredCountryReference(link.countryIso),
};
