import type { LabourMobilityAgreementStatus } from "../generated/prisma/enums.js";
import type { LabourContext } from "../context.js";

// plan owns Objective; this subgraph resolves a reference to its key and adds its own fields.
interface ObjectiveKey {
  number: number;
}

export const Objective = {
  __resolveReference: ({ number }: ObjectiveKey) => ({ number }),

  labourFigures: ({ number }: ObjectiveKey, _: unknown, { loaders }: LabourContext) => loaders.figuresByObjective.load(number),

  labourMobilityAgreements: async (
    { number }: ObjectiveKey,
    { status }: { status?: LabourMobilityAgreementStatus | null },
    { loaders }: LabourContext,
  ) => {
    const links = await loaders.agreementsByObjective.load(number);
    return links.map((link) => link.agreement).filter((agreement) => !status || agreement.status === status);
  },

  labourInspectionCampaigns: ({ number }: ObjectiveKey, _: unknown, { loaders }: LabourContext) =>
    loaders.campaignsByObjective.load(number),

  fundedProjectPortfolios: ({ number }: ObjectiveKey, _: unknown, { loaders }: LabourContext) =>
    loaders.portfoliosByObjective.load(number),

  skillsRecognitionMeasures: ({ number }: ObjectiveKey, _: unknown, { loaders }: LabourContext) =>
    loaders.skillsMeasuresByObjective.load(number),

  workerAttractionMeasures: ({ number }: ObjectiveKey, _: unknown, { loaders }: LabourContext) =>
    loaders.workerMeasuresByObjective.load(number),
};
