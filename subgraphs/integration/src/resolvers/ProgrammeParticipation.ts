import type { ProgrammeParticipant } from "../generated/prisma/client.js";

export const ProgrammeParticipation = {
  // A stub with plan's key: plan resolves the rest of the Department.
  department: (participation: ProgrammeParticipant) => ({ code: participation.departmentCode }),
};
