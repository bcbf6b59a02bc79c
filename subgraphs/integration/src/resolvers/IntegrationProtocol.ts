import { storedNonNull } from "@gcm-hub/kit";
import type { IntegrationProtocolResolvers } from "../generated/graphql.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const IntegrationProtocol: IntegrationProtocolResolvers = {
  ...programmeFields,
  policyArea: (protocol) => storedNonNull(protocol.policyArea, `policyArea of integration protocol ${protocol.code}`),
};
