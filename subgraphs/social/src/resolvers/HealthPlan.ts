import { reportSource } from "@gcm-hub/kit";
import type { HealthPlanResolvers } from "../generated/graphql.js";
import { initiativeReference, objectiveReference } from "../entities.js";

export const HealthPlan: HealthPlanResolvers = {
  objective: (plan) => objectiveReference(plan.objectiveNumber),

  initiative: (plan) => initiativeReference(plan.initiativeCode),

  source: (plan) => reportSource(plan.sourceRef, plan.sourceQuote),
};
