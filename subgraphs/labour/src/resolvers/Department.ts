import type { LabourContext } from "../context.js";

// plan owns Department; this subgraph resolves a reference to its key and adds its own fields.
interface DepartmentKey {
  code: string;
}

export const Department = {
  __resolveReference: ({ code }: DepartmentKey) => ({ code }),

  labourInspectionCampaigns: async ({ code }: DepartmentKey, _: unknown, { loaders }: LabourContext) =>
    (await loaders.campaignsByDepartment.load(code)).map((link) => link.campaign),
};
