import { storedNonNull } from "@gcm-hub/kit";
import type { IntegrationPlanResolvers } from "../generated/graphql.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const IntegrationPlan: IntegrationPlanResolvers = {
  ...programmeFields,
  level: (plan) => storedNonNull(plan.planLevel, `planLevel of integration plan ${plan.code}`),
  policyArea: (plan) => storedNonNull(plan.policyArea, `policyArea of integration plan ${plan.code}`),
};
