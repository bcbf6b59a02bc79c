import { required } from "@gcm-hub/kit";
import type { IntegrationProtocolResolvers } from "../generated/graphql.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const IntegrationProtocol: IntegrationProtocolResolvers = {
  ...programmeFields,
  policyArea: (protocol) => required(protocol.policyArea, `policyArea of integration protocol ${protocol.code}`),
};
