import { initiativeReference, objectiveReference, reportSource } from "@gcm-hub/kit";
import type { HealthPlanResolvers } from "../generated/graphql.js";

export const HealthPlan: HealthPlanResolvers = {
  objective: (plan) => objectiveReference(plan.objectiveNumber),

  initiative: (plan) => initiativeReference(plan.initiativeCode),

  source: (plan) => reportSource(plan.sourceRef, plan.sourceQuote),
};
