import { reportSource } from "@gcm-hub/kit";
import type { HealthAccessMeasure as HealthAccessMeasureRow } from "../generated/prisma/client.js";
import type { SocialContext } from "../context.js";
import { initiativeReference, objectiveReference } from "../entities.js";

export const HealthAccessMeasure = {
  complements: (measure: HealthAccessMeasureRow, _: unknown, { loaders }: SocialContext) =>
    measure.complementsCode === null ? null : loaders.healthAccessMeasure.load(measure.complementsCode),

  complementedBy: (measure: HealthAccessMeasureRow, _: unknown, { loaders }: SocialContext) =>
    loaders.healthAccessMeasuresComplementing.load(measure.code),

  objective: (measure: HealthAccessMeasureRow) => objectiveReference(measure.objectiveNumber),

  initiative: (measure: HealthAccessMeasureRow) => initiativeReference(measure.initiativeCode),

  source: (measure: HealthAccessMeasureRow) => reportSource(measure.sourceRef, measure.sourceQuote),
};
