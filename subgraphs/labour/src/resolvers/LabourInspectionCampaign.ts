import { reportSource } from "@gcm-hub/kit";
import type { InspectionCampaign as CampaignRow } from "../generated/prisma/client.js";
import type { LabourContext } from "../context.js";
import { countryRef, departmentRef, initiativeRef, objectiveRef } from "./references.js";

export const LabourInspectionCampaign = {
  period: (campaign: CampaignRow) => ({ start: campaign.periodStart, end: campaign.periodEnd, label: campaign.periodLabel }),

  sectors: async (campaign: CampaignRow, _: unknown, { loaders }: LabourContext) =>
    (await loaders.sectorsByCampaign.load(campaign.code)).map((link) => link.sector),

  inspectionsCarriedOut: (campaign: CampaignRow, _: unknown, { loaders }: LabourContext) => loaders.figure.load(campaign.inspectionsFigureCode),

  participatingBodies: async (campaign: CampaignRow, _: unknown, { loaders }: LabourContext) =>
    (await loaders.bodiesByCampaign.load(campaign.code)).map((link) => departmentRef(link.departmentCode)),

  foreignInvolvement: async (campaign: CampaignRow, _: unknown, { loaders }: LabourContext) =>
    (await loaders.countriesByCampaign.load(campaign.code)).map((link) => ({ country: countryRef(link.countryIso), involvement: link.involvement })),

  objective: (campaign: CampaignRow) => objectiveRef(campaign.objectiveNumber),

  initiative: (campaign: CampaignRow) => initiativeRef(campaign.initiativeCode),

  source: (campaign: CampaignRow) => reportSource(campaign.sourceRef, campaign.sourceQuote),
};
