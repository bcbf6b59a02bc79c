import type { Observation as ObservationRow } from "../generated/prisma/client.js";
import type { PlanContext } from "../context.js";
import { reportSource } from "../source.js";

export const Observation = {
  id: (observation: ObservationRow) => observation.code,

  period: (observation: ObservationRow) => ({
    start: observation.periodStart,
    end: observation.periodEnd,
    label: observation.periodLabel,
  }),

  objective: (observation: ObservationRow, _: unknown, { loaders }: PlanContext) =>
    observation.objectiveNumber === null ? null : loaders.objective.load(observation.objectiveNumber),

  source: (observation: ObservationRow) => reportSource(observation.sourceRef, observation.sourceQuote),
};
