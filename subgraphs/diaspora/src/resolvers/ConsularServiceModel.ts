import type { ConsularServiceModelResolvers } from "../generated/graphql.js";
import { figuresOf, initiativeOf, objectivesOf, sourceOf } from "./records.js";

export const ConsularServiceModel: ConsularServiceModelResolvers = {
  figures: (model, _, context) => figuresOf(model, context),
  objectives: objectivesOf,
  initiative: initiativeOf,
  source: sourceOf,
};
