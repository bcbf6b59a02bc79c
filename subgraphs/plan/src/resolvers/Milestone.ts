import { reportSource } from "@gcm-hub/kit";
import type { MilestoneResolvers } from "../generated/graphql.js";

export const Milestone: MilestoneResolvers = {
  source: (milestone) => reportSource(milestone.sourceRef, milestone.sourceQuote),
};
