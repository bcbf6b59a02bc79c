import { storedNonNull } from "@gcm-hub/kit";
import type { AntiDiscriminationMeasureResolvers } from "../generated/graphql.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const AntiDiscriminationMeasure: AntiDiscriminationMeasureResolvers = {
  ...programmeFields,
  appliesTo: (measure) => storedNonNull(measure.appliesTo, `appliesTo of anti-discrimination measure ${measure.code}`),
};
