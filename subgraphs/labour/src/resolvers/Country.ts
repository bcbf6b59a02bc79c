import { referenceResolvers } from "@gcm-hub/kit";
import type { CountryResolvers } from "../generated/graphql.js";

// plan owns Country; this subgraph resolves a reference to its key and adds its own fields.
export const Country: CountryResolvers = {
  __resolveReference: referenceResolvers.Country,

  labourMobilityAgreements: async ({ iso }, { status }, { loaders }) => {
    const links = await loaders.agreementsByCountry.load(iso);
    return links.map((link) => link.agreement).filter((agreement) => !status || agreement.status === status);
  },

  labourInspectionCampaigns: async ({ iso }, _, { loaders }) => (await loaders.campaignsByCountry.load(iso)).map((link) => link.campaign),
};
