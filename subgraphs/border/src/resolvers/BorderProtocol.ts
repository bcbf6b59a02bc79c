import type { BorderProtocolResolvers } from "../generated/graphql.js";
import { objectiveRecordFields } from "./recordFields.js";

export const BorderProtocol: BorderProtocolResolvers = {
  ...objectiveRecordFields,
  signedOn: (protocol) =>
    protocol.signedMonth === null ? String(protocol.signedYear) : `${protocol.signedYear}-${String(protocol.signedMonth).padStart(2, "0")}`,
  parties: (protocol, _, { loaders }) => loaders.partiesByProtocol.load(protocol.code),
};
