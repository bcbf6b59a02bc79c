import type { Initiative as InitiativeRow } from "../generated/prisma/client.js";
import type { PlanContext } from "../context.js";
import { reportSource } from "@gcm-hub/kit";

export const Initiative = {
  __resolveReference: ({ code }: { code: string }, { loaders }: PlanContext) => loaders.initiative.load(code),

  objectives: async (initiative: InitiativeRow, _: unknown, { loaders }: PlanContext) =>
    (await loaders.objectivesByInitiative.load(initiative.code)).map((link) => link.objective),

  participants: (initiative: InitiativeRow, _: unknown, { loaders }: PlanContext) =>
    loaders.participantsByInitiative.load(initiative.code),

  countries: (initiative: InitiativeRow, _: unknown, { loaders }: PlanContext) => loaders.countriesByInitiative.load(initiative.code),

  source: (initiative: InitiativeRow) => reportSource(initiative.sourceRef, initiative.sourceQuote),
};
