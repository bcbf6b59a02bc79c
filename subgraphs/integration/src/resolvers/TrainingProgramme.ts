import { programmeFields } from "./IntegrationProgramme.js";

export const TrainingProgramme = { ...programmeFields };
