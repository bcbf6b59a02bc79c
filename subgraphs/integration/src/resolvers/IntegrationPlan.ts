import type { Programme } from "../generated/prisma/client.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const IntegrationPlan = {
  ...programmeFields,
  level: (plan: Programme) => plan.planLevel,
};
