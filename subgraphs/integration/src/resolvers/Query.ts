import type {
  IntegrationPlanLevel,
  IntegrationPolicyArea,
  IntegrationStatus,
  LanguageProgrammeSetting,
} from "../generated/prisma/enums.js";
import type { IntegrationContext } from "../context.js";
import type { FigureFilter } from "@gcm-hub/kit";
import { findFigurePage } from "../data/figures.js";
import { findProgrammePage, findProgrammesOfKind, type IntegrationProgrammeFilter } from "../data/programmes.js";

interface PageArgs {
  first?: number | null;
  after?: string | null;
}
interface ObjectiveArg {
  objective?: number | null;
}

export const Query = {
  integrationProgrammes: (_: unknown, { filter, first, after }: PageArgs & { filter?: IntegrationProgrammeFilter | null }, { prisma }: IntegrationContext) =>
    findProgrammePage(prisma, filter, first, after),

  integrationProgramme: (_: unknown, { code }: { code: string }, { loaders }: IntegrationContext) => loaders.programme.load(code),

  integrationNetworks: (_: unknown, { status }: { status?: IntegrationStatus | null }, { prisma }: IntegrationContext) =>
    findProgrammesOfKind(prisma, "INTEGRATION_NETWORK", { status }),

  supportCentreTypes: (_: unknown, __: unknown, { prisma }: IntegrationContext) => prisma.supportCentreType.findMany({ orderBy: { code: "asc" } }),

  supportCentreType: (_: unknown, { code }: { code: string }, { loaders }: IntegrationContext) => loaders.centreType.load(code.toUpperCase()),

  supportServices: (_: unknown, args: ObjectiveArg & { status?: IntegrationStatus | null }, { prisma }: IntegrationContext) =>
    findProgrammesOfKind(prisma, "SUPPORT_SERVICE", args),

  informationServices: (_: unknown, args: ObjectiveArg & { pandemicResponse?: boolean | null }, { prisma }: IntegrationContext) =>
    findProgrammesOfKind(prisma, "INFORMATION_SERVICE", args),

  evidenceSources: (_: unknown, args: ObjectiveArg, { prisma }: IntegrationContext) => findProgrammesOfKind(prisma, "EVIDENCE_SOURCE", args),

  trainingProgrammes: (_: unknown, args: ObjectiveArg & { department?: string | null }, { prisma }: IntegrationContext) =>
    findProgrammesOfKind(prisma, "TRAINING_PROGRAMME", args),

  languageProgrammes: (_: unknown, { setting }: { setting?: LanguageProgrammeSetting | null }, { prisma }: IntegrationContext) =>
    findProgrammesOfKind(prisma, "LANGUAGE_PROGRAMME", { languageSetting: setting }),

  integrationPlans: (
    _: unknown,
    { level, policyArea, status }: { level?: IntegrationPlanLevel | null; policyArea?: IntegrationPolicyArea | null; status?: IntegrationStatus | null },
    { prisma }: IntegrationContext,
  ) => findProgrammesOfKind(prisma, "INTEGRATION_PLAN", { planLevel: level, policyArea, status }),

  integrationProtocols: (_: unknown, args: { department?: string | null }, { prisma }: IntegrationContext) =>
    findProgrammesOfKind(prisma, "INTEGRATION_PROTOCOL", args),

  antiDiscriminationMeasures: (_: unknown, args: ObjectiveArg, { prisma }: IntegrationContext) =>
    findProgrammesOfKind(prisma, "ANTI_DISCRIMINATION_MEASURE", args),

  integrationFigures: (_: unknown, { filter, first, after }: PageArgs & { filter?: FigureFilter | null }, { prisma }: IntegrationContext) =>
    findFigurePage(prisma, filter, first, after),
};
