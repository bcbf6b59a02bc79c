import { reportSource } from "@gcm-hub/kit";
import { referencedFigure } from "../data/figures.js";
import type { LabourInspectionCampaignResolvers } from "../generated/graphql.js";
import { countryRef, departmentRef, initiativeRef, objectiveRef } from "./references.js";

export const LabourInspectionCampaign: LabourInspectionCampaignResolvers = {
  period: (campaign) => ({ start: campaign.periodStart, end: campaign.periodEnd, label: campaign.periodLabel }),

  sectors: async (campaign, _, { loaders }) => (await loaders.sectorsByCampaign.load(campaign.code)).map((link) => link.sector),

  inspectionsCarriedOut: (campaign, _, { loaders }) => referencedFigure(loaders, campaign.inspectionsFigureCode),

  participatingBodies: async (campaign, _, { loaders }) =>
    (await loaders.bodiesByCampaign.load(campaign.code)).map((link) => departmentRef(link.departmentCode)),

  foreignInvolvement: async (campaign, _, { loaders }) =>
    (await loaders.countriesByCampaign.load(campaign.code)).map((link) => ({ country: countryRef(link.countryIso), involvement: link.involvement })),

  objective: (campaign) => objectiveRef(campaign.objectiveNumber),

  initiative: (campaign) => initiativeRef(campaign.initiativeCode),

  source: (campaign) => reportSource(campaign.sourceRef, campaign.sourceQuote),
};
