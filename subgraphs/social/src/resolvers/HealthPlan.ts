import { reportSource } from "@gcm-hub/kit";
import type { HealthPlan as HealthPlanRow } from "../generated/prisma/client.js";
import { initiativeReference, objectiveReference } from "../entities.js";

export const HealthPlan = {
  objective: (plan: HealthPlanRow) => objectiveReference(plan.objectiveNumber),

  initiative: (plan: HealthPlanRow) => initiativeReference(plan.initiativeCode),

  source: (plan: HealthPlanRow) => reportSource(plan.sourceRef, plan.sourceQuote),
};
