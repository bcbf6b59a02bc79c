import { referenceResolvers } from "@gcm-hub/kit";
import type { InitiativeResolvers } from "../generated/graphql.js";

// plan owns Initiative; this subgraph resolves a reference to its key and adds the
// detailed labour record behind it, when there is one.
export const Initiative: InitiativeResolvers = {
  __resolveReference: referenceResolvers.Initiative,

  labourMobilityAgreement: ({ code }, _, { loaders }) => loaders.agreementByInitiative.load(code),

  labourInspectionCampaigns: ({ code }, _, { loaders }) => loaders.campaignsByInitiative.load(code),

  fundedProjectPortfolio: ({ code }, _, { loaders }) => loaders.portfolioByInitiative.load(code),

  skillsRecognitionMeasure: ({ code }, _, { loaders }) => loaders.skillsMeasureByInitiative.load(code),

  workerAttractionMeasure: ({ code }, _, { loaders }) => loaders.workerMeasureByInitiative.load(code),
};
