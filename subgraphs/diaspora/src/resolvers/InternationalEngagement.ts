import type { InternationalEngagementResolvers } from "../generated/graphql.js";
import { figuresOf, initiativeOf, objectivesOf, sourceOf } from "./records.js";

export const InternationalEngagement: InternationalEngagementResolvers = {
  partOf: (engagement, _, { loaders }) => (engagement.parentCode === null ? null : loaders.internationalEngagementsByCode.load(engagement.parentCode)),
  parts: (engagement, _, { loaders }) => loaders.parts.load(engagement.code),
  figures: (engagement, _, context) => figuresOf(engagement, context),
  objectives: objectivesOf,
  initiative: initiativeOf,
  source: sourceOf,
};
