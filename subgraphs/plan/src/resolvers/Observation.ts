import { figureFields } from "@gcm-hub/kit";
import type { ObservationResolvers } from "../generated/graphql.js";

export const Observation: ObservationResolvers = {
  ...figureFields,
  objective: (observation, _, { loaders }) =>
    observation.objectiveNumber === null ? null : loaders.objective.load(observation.objectiveNumber),
};
