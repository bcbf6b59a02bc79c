import { recordsByObjective, referenceResolvers } from "@gcm-hub/kit";
import { figures } from "../department.js";
import type { ObjectiveResolvers } from "../generated/graphql.js";

// plan owns Objective; this subgraph resolves a reference to its key and adds its own fields.
export const Objective: ObjectiveResolvers = {
  __resolveReference: referenceResolvers.Objective,

  ...figures.fields.Objective,

  labourMobilityAgreements: async ({ number }, { status }, { loaders }) => {
    const links = await loaders.agreementsByObjective.load(number);
    return links.map((link) => link.agreement).filter((agreement) => !status || agreement.status === status);
  },

  labourInspectionCampaigns: recordsByObjective("campaigns"),

  fundedProjectPortfolios: recordsByObjective("portfolios"),

  skillsRecognitionMeasures: recordsByObjective("skillsMeasures"),

  workerAttractionMeasures: recordsByObjective("workerMeasures"),
};
