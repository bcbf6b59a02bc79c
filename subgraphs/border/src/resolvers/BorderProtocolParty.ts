import type { BorderProtocolPartyResolvers } from "../generated/graphql.js";
import { countryStub, departmentStub } from "./stubs.js";

export const BorderProtocolParty: BorderProtocolPartyResolvers = {
  department: (party) => departmentStub(party.departmentCode),
  country: (party) => countryStub(party.countryIso),
};
