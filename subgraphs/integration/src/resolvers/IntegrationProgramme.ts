import { reportSource } from "@gcm-hub/kit";
import type { Programme } from "../generated/prisma/client.js";
import type { ProgrammeKind } from "../generated/prisma/enums.js";
import type { IntegrationContext } from "../context.js";

/** Programmes of every kind share one table; `kind` says which GraphQL type a row is. */
const TYPE_BY_KIND: Record<ProgrammeKind, string> = {
  INTEGRATION_NETWORK: "IntegrationNetwork",
  SUPPORT_SERVICE: "SupportService",
  INFORMATION_SERVICE: "InformationService",
  EVIDENCE_SOURCE: "EvidenceSource",
  TRAINING_PROGRAMME: "TrainingProgramme",
  LANGUAGE_PROGRAMME: "LanguageProgramme",
  INTEGRATION_PLAN: "IntegrationPlan",
  INTEGRATION_PROTOCOL: "IntegrationProtocol",
  ANTI_DISCRIMINATION_MEASURE: "AntiDiscriminationMeasure",
};

export const IntegrationProgramme = {
  __resolveType: (programme: Programme) => TYPE_BY_KIND[programme.kind],
};

/** Resolvers of the fields every programme type shares through the interface. */
export const programmeFields = {
  objectives: async (programme: Programme, _: unknown, { loaders }: IntegrationContext) =>
    (await loaders.objectivesByProgramme.load(programme.code)).map(({ objectiveNumber }) => ({ number: objectiveNumber })),

  participants: (programme: Programme, _: unknown, { loaders }: IntegrationContext) => loaders.participantsByProgramme.load(programme.code),

  // A stub with plan's key: plan resolves the rest of the Initiative.
  initiative: (programme: Programme) => (programme.initiativeCode === null ? null : { code: programme.initiativeCode }),

  figures: (programme: Programme, _: unknown, { loaders }: IntegrationContext) => loaders.figuresByProgramme.load(programme.code),

  source: (programme: Programme) => reportSource(programme.sourceRef, programme.sourceQuote),
};
