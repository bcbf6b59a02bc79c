import { storedNonNull } from "@gcm-hub/kit";
import type { IntegrationNetworkResolvers } from "../generated/graphql.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const IntegrationNetwork: IntegrationNetworkResolvers = {
  ...programmeFields,
  scope: (network) => storedNonNull(network.networkScope, `networkScope of integration network ${network.code}`),
  centreTypes: (network, _, { loaders }) => loaders.centreTypesByNetwork.load(network.code),
};
