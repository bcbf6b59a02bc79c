import { observationFields, type ObservationRow } from "@gcm-hub/kit";
import { objectiveReference } from "../entities.js";

export const Observation = {
  ...observationFields,
  objective: (observation: ObservationRow) => objectiveReference(observation.objectiveNumber),
};
