import { observationFields } from "@gcm-hub/kit";
import type { ObservationResolvers } from "../generated/graphql.js";
import { objectiveReference } from "../entities.js";

export const Observation: ObservationResolvers = {
  ...observationFields,
  objective: (observation) => objectiveReference(observation.objectiveNumber),
};
