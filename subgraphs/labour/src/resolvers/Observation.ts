import { observationFields } from "@gcm-hub/kit";
import type { ObservationResolvers } from "../generated/graphql.js";
import { objectiveRef } from "./references.js";

export const Observation: ObservationResolvers = {
  ...observationFields,
  objective: (observation) => (observation.objectiveNumber === null ? null : objectiveRef(observation.objectiveNumber)),
};
