import type { DepartmentResolvers } from "../generated/graphql.js";
import { departmentReference } from "../entities.js";

export const Department: DepartmentResolvers = {
  __resolveReference: ({ code }) => departmentReference(code),

  supportOfficeNetworks: (department, _, { loaders }) => loaders.supportOfficeNetworksByDepartment.load(department.code),

  diasporaProgrammes: (department, _, { loaders }) => loaders.diasporaProgrammesByDepartment.load(department.code),

  returnProgrammes: (department, _, { loaders }) => loaders.returnProgrammesByDepartment.load(department.code),
};
