import type { BorderProtocolParty as PartyRow } from "../generated/prisma/client.js";
import { countryStub, departmentStub } from "./stubs.js";

export const BorderProtocolParty = {
  department: (party: PartyRow) => departmentStub(party.departmentCode),
  country: (party: PartyRow) => countryStub(party.countryIso),
};
