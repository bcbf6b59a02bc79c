import type { BorderProjectResolvers } from "../generated/graphql.js";
import { objectiveRecordFields } from "./recordFields.js";

export const BorderProject: BorderProjectResolvers = {
  ...objectiveRecordFields,
  participants: (project, _, { loaders }) => loaders.participantsByProject.load(project.code),
  countries: (project, _, { loaders }) => loaders.countriesByProject.load(project.code),
};
