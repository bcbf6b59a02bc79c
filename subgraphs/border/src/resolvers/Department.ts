import { referenceResolvers } from "@gcm-hub/kit";
import type { DepartmentResolvers } from "../generated/graphql.js";

export const Department: DepartmentResolvers = {
  // plan owns departments: answer for any key with what this subgraph holds about it (possibly nothing).
  __resolveReference: referenceResolvers.Department,

  borderProjects: async ({ code }, { role }, { loaders }) =>
    (await loaders.projectsByDepartment.load(code)).filter((link) => !role || link.role === role).map((link) => link.project),

  borderProtocols: async ({ code }, _, { loaders }) =>
    [...new Map((await loaders.protocolsByDepartment.load(code)).map((party) => [party.protocolCode, party.protocol])).values()],

  borderSystems: ({ code }, _, { loaders }) => loaders.systemsByOperator.load(code),
};
