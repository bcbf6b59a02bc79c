import type { DepartmentResolvers } from "../generated/graphql.js";

export const Department: DepartmentResolvers = {
  __resolveReference: ({ code }, { loaders }) => loaders.department.load(code),

  sourceReference: (department) => department.sourceRef,

  initiatives: async (department, { role, status }, { loaders }) => {
    const links = await loaders.initiativesByDepartment.load(department.code);
    return links
      .filter((link) => !role || link.role === role)
      .map((link) => link.initiative)
      .filter((initiative) => !status || initiative.status === status);
  },
};
