import { initiativeReference, reportSource, requiredObjectiveReference } from "@gcm-hub/kit";
import type { WorkerAttractionMeasure as MeasureRow } from "../generated/prisma/client.js";

export const WorkerAttractionMeasure = {
  objective: (measure: MeasureRow) => requiredObjectiveReference(measure.objectiveNumber),

  initiative: (measure: MeasureRow) => initiativeReference(measure.initiativeCode),

  source: (measure: MeasureRow) => reportSource(measure.sourceRef, measure.sourceQuote),
};
