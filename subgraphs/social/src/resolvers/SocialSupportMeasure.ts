import { reportSource } from "@gcm-hub/kit";
import type { SocialSupportMeasureResolvers } from "../generated/graphql.js";
import { initiativeReference, objectiveReference } from "../entities.js";

export const SocialSupportMeasure: SocialSupportMeasureResolvers = {
  objective: (measure) => objectiveReference(measure.objectiveNumber),

  initiative: (measure) => initiativeReference(measure.initiativeCode),

  source: (measure) => reportSource(measure.sourceRef, measure.sourceQuote),
};
