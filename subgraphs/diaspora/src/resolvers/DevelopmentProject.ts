import type { DevelopmentProjectResolvers } from "../generated/graphql.js";
import { having, initiativeOf, objectivesOf, sourceOf } from "./records.js";

export const DevelopmentProject: DevelopmentProjectResolvers = {
  countries: async (project, { role }, { loaders }) => having(await loaders.projectCountriesByProject.load(project.code), (link) => link.role, role),
  objectives: objectivesOf,
  initiative: initiativeOf,
  source: sourceOf,
};
