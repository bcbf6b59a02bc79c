import { referenceResolvers } from "@gcm-hub/kit";
import type { DepartmentResolvers } from "../generated/graphql.js";

export const Department: DepartmentResolvers = {
  __resolveReference: referenceResolvers.Department,

  supportOfficeNetworks: (department, _, { loaders }) => loaders.supportOfficeNetworksByDepartment.load(department.code),

  diasporaProgrammes: (department, _, { loaders }) => loaders.diasporaProgrammesByDepartment.load(department.code),

  returnProgrammes: (department, _, { loaders }) => loaders.returnProgrammesByDepartment.load(department.code),
};
