import { reportSource } from "@gcm-hub/kit";
import type { SkillsRecognitionMeasure as MeasureRow } from "../generated/prisma/client.js";
import { initiativeRef, objectiveRef } from "./references.js";

export const SkillsRecognitionMeasure = {
  objective: (measure: MeasureRow) => objectiveRef(measure.objectiveNumber),

  initiative: (measure: MeasureRow) => initiativeRef(measure.initiativeCode),

  source: (measure: MeasureRow) => reportSource(measure.sourceRef, measure.sourceQuote),
};
