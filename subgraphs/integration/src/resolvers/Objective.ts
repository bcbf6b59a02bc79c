import type { IntegrationStatus, ProgrammeKind } from "../generated/prisma/enums.js";
import type { IntegrationContext } from "../context.js";

interface ObjectiveKey {
  number: number;
}

export const Objective = {
  // Plan owns objectives: this subgraph only knows the key and what it adds.
  __resolveReference: ({ number }: ObjectiveKey) => ({ number }),

  integrationProgrammes: async (
    { number }: ObjectiveKey,
    { kind, status }: { kind?: ProgrammeKind | null; status?: IntegrationStatus | null },
    { loaders }: IntegrationContext,
  ) =>
    (await loaders.programmesByObjective.load(number))
      .map((link) => link.programme)
      .filter((programme) => (!kind || programme.kind === kind) && (!status || programme.status === status)),

  integrationFigures: ({ number }: ObjectiveKey, _: unknown, { loaders }: IntegrationContext) => loaders.figuresByObjective.load(number),
};
