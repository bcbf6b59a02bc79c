import type { Programme } from "../generated/prisma/client.js";
import type { IntegrationContext } from "../context.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const SupportService = {
  ...programmeFields,
  centreType: (service: Programme, _: unknown, { loaders }: IntegrationContext) =>
    service.centreTypeCode === null ? null : loaders.centreType.load(service.centreTypeCode),
};
