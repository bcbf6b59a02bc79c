import type { Department as DepartmentRow } from "../generated/prisma/client.js";
import type { DepartmentRole, InitiativeStatus } from "../generated/prisma/enums.js";
import type { PlanContext } from "../context.js";

export const Department = {
  __resolveReference: ({ code }: { code: string }, { loaders }: PlanContext) => loaders.department.load(code),

  sourceReference: (department: DepartmentRow) => department.sourceRef,

  initiatives: async (
    department: DepartmentRow,
    { role, status }: { role?: DepartmentRole | null; status?: InitiativeStatus | null },
    { loaders }: PlanContext,
  ) => {
    const links = await loaders.initiativesByDepartment.load(department.code);
    return links
      .filter((link) => !role || link.role === role)
      .map((link) => link.initiative)
      .filter((initiative) => !status || initiative.status === status);
  },
};
