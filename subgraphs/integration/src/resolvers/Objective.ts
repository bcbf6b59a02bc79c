import { referenceResolvers } from "@gcm-hub/kit";
import { figures } from "../department.js";
import type { ObjectiveResolvers } from "../generated/graphql.js";

export const Objective: ObjectiveResolvers = {
  // Plan owns objectives: this subgraph only knows the key and what it adds.
  __resolveReference: referenceResolvers.Objective,

  integrationProgrammes: async ({ number }, { kind, status }, { loaders }) =>
    (await loaders.programmesByObjective.load(number))
      .map((link) => link.programme)
      .filter((programme) => (!kind || programme.kind === kind) && (!status || programme.status === status)),

  ...figures.fields.Objective,
};
