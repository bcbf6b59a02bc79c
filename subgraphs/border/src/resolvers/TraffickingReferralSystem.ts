import type { TraffickingReferralSystemResolvers } from "../generated/graphql.js";
import { objectiveRecordFields } from "./recordFields.js";

export const TraffickingReferralSystem: TraffickingReferralSystemResolvers = { ...objectiveRecordFields };
