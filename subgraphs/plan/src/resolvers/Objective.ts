import { compactSource, reportSource } from "@gcm-hub/kit";
import type { ObjectiveResolvers } from "../generated/graphql.js";

export const Objective: ObjectiveResolvers = {
  __resolveReference: ({ number }, { loaders }) => loaders.objective.load(number),

  source: (objective) => reportSource(objective.sourceRef, objective.progress),

  titleSource: (objective) => compactSource(`Paragraph 16, objective ${objective.number}`, objective.title),

  initiatives: async (objective, { status }, { loaders }) => {
    const links = await loaders.initiativesByObjective.load(objective.number);
    return links.map((link) => link.initiative).filter((initiative) => !status || initiative.status === status);
  },

  planFigures: (objective, _, { loaders }) => loaders.figuresByObjective.load(objective.number),
};
