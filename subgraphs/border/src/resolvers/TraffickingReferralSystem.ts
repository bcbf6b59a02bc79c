import { objectiveRecordFields } from "./recordFields.js";

export const TraffickingReferralSystem = { ...objectiveRecordFields };
