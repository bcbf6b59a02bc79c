import type { Programme } from "../generated/prisma/client.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const InformationService = {
  ...programmeFields,
  format: (information: Programme) => information.informationFormat,
};
