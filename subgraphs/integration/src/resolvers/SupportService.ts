import type { SupportServiceResolvers } from "../generated/graphql.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const SupportService: SupportServiceResolvers = {
  ...programmeFields,
  centreType: (service, _, { loaders }) => (service.centreTypeCode === null ? null : loaders.centreType.load(service.centreTypeCode)),
};
