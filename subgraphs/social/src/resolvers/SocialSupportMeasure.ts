import { initiativeReference, objectiveReference, reportSource } from "@gcm-hub/kit";
import type { SocialSupportMeasureResolvers } from "../generated/graphql.js";

export const SocialSupportMeasure: SocialSupportMeasureResolvers = {
  objective: (measure) => objectiveReference(measure.objectiveNumber),

  initiative: (measure) => initiativeReference(measure.initiativeCode),

  source: (measure) => reportSource(measure.sourceRef, measure.sourceQuote),
};
