import { referenceResolvers } from "@gcm-hub/kit";
import type { DepartmentResolvers } from "../generated/graphql.js";

export const Department: DepartmentResolvers = {
  // Plan owns departments: this subgraph only knows the key and what it adds.
  __resolveReference: referenceResolvers.Department,

  integrationProgrammes: async ({ code }, { role, kind }, { loaders }) =>
    (await loaders.programmesByDepartment.load(code))
      .filter((link) => !role || link.role === role)
      .map((link) => link.programme)
      .filter((programme) => !kind || programme.kind === kind),

  supportCentreType: ({ code }, _, { loaders }) => loaders.centreTypeByDepartment.load(code),
};
