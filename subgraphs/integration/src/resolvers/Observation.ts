import { observationFields } from "@gcm-hub/kit";
import type { ObservationResolvers } from "../generated/graphql.js";

export const Observation: ObservationResolvers = {
  ...observationFields,
  // A stub with plan's key: plan resolves the rest of the Objective.
  objective: (observation) => (observation.objectiveNumber === null ? null : { number: observation.objectiveNumber }),
};
