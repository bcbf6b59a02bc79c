import type { LabourMobilityAgreementStatus } from "../generated/prisma/enums.js";
import type { LabourContext } from "../context.js";

// plan owns Country; this subgraph resolves a reference to its key and adds its own fields.
interface CountryKey {
  iso: string;
}

export const Country = {
  __resolveReference: ({ iso }: CountryKey) => ({ iso }),

  labourMobilityAgreements: async (
    { iso }: CountryKey,
    { status }: { status?: LabourMobilityAgreementStatus | null },
    { loaders }: LabourContext,
  ) => {
    const links = await loaders.agreementsByCountry.load(iso);
    return links.map((link) => link.agreement).filter((agreement) => !status || agreement.status === status);
  },

  labourInspectionCampaigns: async ({ iso }: CountryKey, _: unknown, { loaders }: LabourContext) =>
    (await loaders.campaignsByCountry.load(iso)).map((link) => link.campaign),
};
