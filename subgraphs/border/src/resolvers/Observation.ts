import { observationFields, type ObservationRow } from "@gcm-hub/kit";

export const Observation = {
  ...observationFields,
  objective: (observation: ObservationRow) => (observation.objectiveNumber === null ? null : { number: observation.objectiveNumber }),
};
