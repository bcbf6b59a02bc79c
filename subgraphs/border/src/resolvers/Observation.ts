import { observationFields } from "@gcm-hub/kit";
import type { ObservationResolvers } from "../generated/graphql.js";

export const Observation: ObservationResolvers = {
  ...observationFields,
  objective: (observation) => (observation.objectiveNumber === null ? null : { number: observation.objectiveNumber }),
};
