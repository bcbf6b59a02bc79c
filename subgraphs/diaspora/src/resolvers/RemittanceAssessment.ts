import type { RemittanceAssessmentResolvers } from "../generated/graphql.js";
import { initiativeOf, objectivesOf, sourceOf } from "./records.js";

export const RemittanceAssessment: RemittanceAssessmentResolvers = {
  objectives: objectivesOf,
  initiative: initiativeOf,
  source: sourceOf,
};
