import { initiativeReference, objectiveReference, reportSource } from "@gcm-hub/kit";
import type { HealthAccessMeasureResolvers } from "../generated/graphql.js";

export const HealthAccessMeasure: HealthAccessMeasureResolvers = {
  complements: (measure, _, { loaders }) =>
    measure.complementsCode === null ? null : loaders.healthAccessMeasuresByCode.load(measure.complementsCode),

  complementedBy: (measure, _, { loaders }) => loaders.healthAccessMeasuresComplementing.load(measure.code),

  objective: (measure) => objectiveReference(measure.objectiveNumber),

  initiative: (measure) => initiativeReference(measure.initiativeCode),

  source: (measure) => reportSource(measure.sourceRef, measure.sourceQuote),
};
