import { storedNonNull } from "@gcm-hub/kit";
import type { InformationServiceResolvers } from "../generated/graphql.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const InformationService: InformationServiceResolvers = {
  ...programmeFields,
  format: (information) => storedNonNull(information.informationFormat, `informationFormat of information service ${information.code}`),
};
