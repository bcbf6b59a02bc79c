import type { IntegrationRole, ProgrammeKind } from "../generated/prisma/enums.js";
import type { IntegrationContext } from "../context.js";

interface DepartmentKey {
  code: string;
}

export const Department = {
  // Plan owns departments: this subgraph only knows the key and what it adds.
  __resolveReference: ({ code }: DepartmentKey) => ({ code }),

  integrationProgrammes: async (
    { code }: DepartmentKey,
    { role, kind }: { role?: IntegrationRole | null; kind?: ProgrammeKind | null },
    { loaders }: IntegrationContext,
  ) =>
    (await loaders.programmesByDepartment.load(code))
      .filter((link) => !role || link.role === role)
      .map((link) => link.programme)
      .filter((programme) => !kind || programme.kind === kind),

  supportCentreType: ({ code }: DepartmentKey, _: unknown, { loaders }: IntegrationContext) => loaders.centreTypeByDepartment.load(code),
};
