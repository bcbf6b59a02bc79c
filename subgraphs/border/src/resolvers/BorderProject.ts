import type { BorderContext } from "../context.js";
import type { BorderProject as BorderProjectRow } from "../generated/prisma/client.js";
import { objectiveRecordFields } from "./recordFields.js";

export const BorderProject = {
  ...objectiveRecordFields,
  participants: (project: BorderProjectRow, _: unknown, { loaders }: BorderContext) => loaders.participantsByProject.load(project.code),
  countries: (project: BorderProjectRow, _: unknown, { loaders }: BorderContext) => loaders.countriesByProject.load(project.code),
};
