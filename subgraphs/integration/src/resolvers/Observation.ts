import { observationFields, type ObservationRow } from "@gcm-hub/kit";

export const Observation = {
  ...observationFields,
  // A stub with plan's key: plan resolves the rest of the Objective.
  objective: (observation: ObservationRow) => (observation.objectiveNumber === null ? null : { number: observation.objectiveNumber }),
};
