import { reportSource } from "@gcm-hub/kit";
import type { SocialSupportMeasure as SocialSupportMeasureRow } from "../generated/prisma/client.js";
import { initiativeReference, objectiveReference } from "../entities.js";

export const SocialSupportMeasure = {
  objective: (measure: SocialSupportMeasureRow) => objectiveReference(measure.objectiveNumber),

  initiative: (measure: SocialSupportMeasureRow) => initiativeReference(measure.initiativeCode),

  source: (measure: SocialSupportMeasureRow) => reportSource(measure.sourceRef, measure.sourceQuote),
};
