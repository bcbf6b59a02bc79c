import type { Objective as ObjectiveRow } from "../generated/prisma/client.js";
import type { InitiativeStatus } from "../generated/prisma/enums.js";
import type { PlanContext } from "../context.js";
import { reportSource } from "@gcm-hub/kit";

export const Objective = {
  __resolveReference: ({ number }: { number: number }, { loaders }: PlanContext) => loaders.objective.load(number),

  source: (objective: ObjectiveRow) => reportSource(objective.sourceRef, objective.progress),

  initiatives: async (objective: ObjectiveRow, { status }: { status?: InitiativeStatus | null }, { loaders }: PlanContext) => {
    const links = await loaders.initiativesByObjective.load(objective.number);
    return links.map((link) => link.initiative).filter((initiative) => !status || initiative.status === status);
  },

  planFigures: (objective: ObjectiveRow, _: unknown, { loaders }: PlanContext) => loaders.figuresByObjective.load(objective.number),
};
