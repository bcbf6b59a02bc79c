import { initiativeReference, reportSource, requiredObjectiveReference } from "@gcm-hub/kit";
import type { SkillsRecognitionMeasure as MeasureRow } from "../generated/prisma/client.js";

export const SkillsRecognitionMeasure = {
  objective: (measure: MeasureRow) => requiredObjectiveReference(measure.objectiveNumber),

  initiative: (measure: MeasureRow) => initiativeReference(measure.initiativeCode),

  source: (measure: MeasureRow) => reportSource(measure.sourceRef, measure.sourceQuote),
};
