import { observationFields } from "@gcm-hub/kit";
import type { ObservationResolvers } from "../generated/graphql.js";

export const Observation: ObservationResolvers = {
  ...observationFields,
  objective: (observation, _, { loaders }) =>
    observation.objectiveNumber === null ? null : loaders.objective.load(observation.objectiveNumber),
};
