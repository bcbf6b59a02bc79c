import { countryReference, departmentReference } from "@gcm-hub/kit";
import type { BorderProtocolPartyResolvers } from "../generated/graphql.js";

export const BorderProtocolParty: BorderProtocolPartyResolvers = {
  department: (party) => departmentReference(party.departmentCode),
  country: (party) => countryReference(party.countryIso),
};
