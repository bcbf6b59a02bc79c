import { referenceResolvers } from "@gcm-hub/kit";
import type { DepartmentResolvers } from "../generated/graphql.js";

// plan owns Department; this subgraph resolves a reference to its key and adds its own fields.
export const Department: DepartmentResolvers = {
  __resolveReference: referenceResolvers.Department,

  labourInspectionCampaigns: async ({ code }, _, { loaders }) => (await loaders.campaignsByDepartment.load(code)).map((link) => link.campaign),
};
