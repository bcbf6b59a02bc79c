import { observationFields, type ObservationRow } from "@gcm-hub/kit";
import type { PlanContext } from "../context.js";

export const Observation = {
  ...observationFields,
  objective: (observation: ObservationRow, _: unknown, { loaders }: PlanContext) =>
    observation.objectiveNumber === null ? null : loaders.objective.load(observation.objectiveNumber),
};
