import type { BorderContext } from "../context.js";
import type { BorderProjectRole } from "../generated/prisma/enums.js";

type DepartmentKey = { code: string };

export const Department = {
  // plan owns departments: answer for any key with what this subgraph holds about it (possibly nothing).
  __resolveReference: ({ code }: DepartmentKey) => ({ code }),

  borderProjects: async ({ code }: DepartmentKey, { role }: { role?: BorderProjectRole | null }, { loaders }: BorderContext) =>
    (await loaders.projectsByDepartment.load(code)).filter((link) => !role || link.role === role).map((link) => link.project),

  borderProtocols: async ({ code }: DepartmentKey, _: unknown, { loaders }: BorderContext) =>
    [...new Map((await loaders.protocolsByDepartment.load(code)).map((party) => [party.protocolCode, party.protocol])).values()],

  borderSystems: ({ code }: DepartmentKey, _: unknown, { loaders }: BorderContext) => loaders.systemsByOperator.load(code),
};
