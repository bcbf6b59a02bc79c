import { initiativeReference, objectiveReference } from "@gcm-hub/kit";
import type {
  AntiDiscriminationMeasureResolvers,
  EvidenceSourceResolvers,
  InformationServiceResolvers,
  IntegrationNetworkResolvers,
  IntegrationPlanResolvers,
  IntegrationProgrammeResolvers,
  IntegrationProtocolResolvers,
  LanguageProgrammeResolvers,
  SupportServiceResolvers,
  TrainingProgrammeResolvers,
} from "../generated/graphql.js";
import type { ProgrammeKind } from "../generated/prisma/enums.js";

/** The nine GraphQL types that implement IntegrationProgramme, as codegen lists them for `__resolveType`. */
type ProgrammeTypeName = NonNullable<Awaited<ReturnType<IntegrationProgrammeResolvers["__resolveType"]>>>;

/** Programmes of every kind share one table; `kind` says which GraphQL type a row is. */
const TYPE_BY_KIND: Record<ProgrammeKind, ProgrammeTypeName> = {
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

export const IntegrationProgramme: IntegrationProgrammeResolvers = {
  __resolveType: (programme) => TYPE_BY_KIND[programme.kind],
};

/** The interface's fields that need a resolver; every implementing type has them. */
type ProgrammeField = "objectives" | "participants" | "initiative" | "figures" | "source";

/** The resolvers of all nine implementing types at once, so `programmeFields` fits each of them. */
type ProgrammeTypeResolvers = IntegrationNetworkResolvers &
  SupportServiceResolvers &
  InformationServiceResolvers &
  EvidenceSourceResolvers &
  TrainingProgrammeResolvers &
  LanguageProgrammeResolvers &
  IntegrationPlanResolvers &
  IntegrationProtocolResolvers &
  AntiDiscriminationMeasureResolvers;

/** Resolvers of the fields every programme type shares through the interface. */
export const programmeFields: Pick<ProgrammeTypeResolvers, ProgrammeField> = {
  // Stubs with plan's key: plan resolves the rest of each Objective.
  objectives: async (programme, _, { loaders }) =>
    (await loaders.objectivesByProgramme.load(programme.code)).flatMap(({ objectiveNumber }) => objectiveReference(objectiveNumber) ?? []),

  participants: (programme, _, { loaders }) => loaders.participantsByProgramme.load(programme.code),

  // A stub with plan's key: plan resolves the rest of the Initiative.
  initiative: (programme) => initiativeReference(programme.initiativeCode),

  figures: (programme, _, { loaders }) => loaders.figuresByProgramme.load(programme.code),

  // Seeded programmes name the report (the column's default); a created plan, its own document.
  source: (programme) => ({ document: programme.sourceDocument, reference: programme.sourceRef, quote: programme.sourceQuote }),
};
