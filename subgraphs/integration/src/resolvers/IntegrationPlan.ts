import { required } from "@gcm-hub/kit";
import type { IntegrationPlanResolvers } from "../generated/graphql.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const IntegrationPlan: IntegrationPlanResolvers = {
  ...programmeFields,
  level: (plan) => required(plan.planLevel, `planLevel of integration plan ${plan.code}`),
  policyArea: (plan) => required(plan.policyArea, `policyArea of integration plan ${plan.code}`),
};
