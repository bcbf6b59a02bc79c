import { storedNonNull } from "@gcm-hub/kit";
import type { TrainingProgrammeResolvers } from "../generated/graphql.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const TrainingProgramme: TrainingProgrammeResolvers = {
  ...programmeFields,
  audience: (training) => storedNonNull(training.audience, `audience of training programme ${training.code}`),
};
