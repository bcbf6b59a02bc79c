import { observationFields, type ObservationRow } from "@gcm-hub/kit";
import { objectiveRef } from "./references.js";

export const Observation = {
  ...observationFields,
  objective: (observation: ObservationRow) => (observation.objectiveNumber === null ? null : objectiveRef(observation.objectiveNumber)),
};
