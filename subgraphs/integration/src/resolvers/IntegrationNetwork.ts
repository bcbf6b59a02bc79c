import type { Programme } from "../generated/prisma/client.js";
import type { IntegrationContext } from "../context.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const IntegrationNetwork = {
  ...programmeFields,
  scope: (network: Programme) => network.networkScope,
  centreTypes: (network: Programme, _: unknown, { loaders }: IntegrationContext) => loaders.centreTypesByNetwork.load(network.code),
};
