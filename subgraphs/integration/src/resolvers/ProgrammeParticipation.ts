import { requiredDepartmentReference } from "@gcm-hub/kit";
import type { ProgrammeParticipationResolvers } from "../generated/graphql.js";

export const ProgrammeParticipation: ProgrammeParticipationResolvers = {
  // A stub with plan's key: plan resolves the rest of the Department.
  department: (participation) => requiredDepartmentReference(participation.departmentCode),
};
