import { programmeFields } from "./IntegrationProgramme.js";

export const IntegrationProtocol = { ...programmeFields };
