import type { LabourContext } from "../context.js";

// plan owns Initiative; this subgraph resolves a reference to its key and adds the
// detailed labour record behind it, when there is one.
interface InitiativeKey {
  code: string;
}

export const Initiative = {
  __resolveReference: ({ code }: InitiativeKey) => ({ code }),

  labourMobilityAgreement: ({ code }: InitiativeKey, _: unknown, { loaders }: LabourContext) => loaders.agreementByInitiative.load(code),

  labourInspectionCampaigns: ({ code }: InitiativeKey, _: unknown, { loaders }: LabourContext) => loaders.campaignsByInitiative.load(code),

  fundedProjectPortfolio: ({ code }: InitiativeKey, _: unknown, { loaders }: LabourContext) => loaders.portfolioByInitiative.load(code),

  skillsRecognitionMeasure: ({ code }: InitiativeKey, _: unknown, { loaders }: LabourContext) => loaders.skillsMeasureByInitiative.load(code),

  workerAttractionMeasure: ({ code }: InitiativeKey, _: unknown, { loaders }: LabourContext) => loaders.workerMeasureByInitiative.load(code),
};
