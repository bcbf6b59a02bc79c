import { initiativeReference, reportSource, requiredCountryReference, requiredDepartmentReference, requiredObjectiveReference } from "@gcm-hub/kit";
import { referencedFigure } from "../data/figures.js";
import type { LabourInspectionCampaignResolvers } from "../generated/graphql.js";

export const LabourInspectionCampaign: LabourInspectionCampaignResolvers = {
  period: (campaign) => ({ start: campaign.periodStart, end: campaign.periodEnd, label: campaign.periodLabel }),

  sectors: async (campaign, _, { loaders }) => (await loaders.sectorsByCampaign.load(campaign.code)).map((link) => link.sector),

  inspectionsCarriedOut: (campaign, _, { loaders }) => referencedFigure(loaders, campaign.inspectionsFigureCode),

  participatingBodies: async (campaign, _, { loaders }) =>
    (await loaders.bodiesByCampaign.load(campaign.code)).map((link) => requiredDepartmentReference(link.departmentCode)),

  foreignInvolvement: async (campaign, _, { loaders }) =>
    (await loaders.countriesByCampaign.load(campaign.code)).map((link) => ({ country: requiredCountryReference(link.countryIso), involvement: link.involvement })),

  objective: (campaign) => requiredObjectiveReference(campaign.objectiveNumber),

  initiative: (campaign) => initiativeReference(campaign.initiativeCode),

  source: (campaign) => reportSource(campaign.sourceRef, campaign.sourceQuote),
};
