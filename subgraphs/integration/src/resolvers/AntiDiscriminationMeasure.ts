import { programmeFields } from "./IntegrationProgramme.js";

export const AntiDiscriminationMeasure = { ...programmeFields };
