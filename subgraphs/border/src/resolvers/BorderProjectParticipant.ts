import type { BorderProjectParticipantResolvers } from "../generated/graphql.js";

export const BorderProjectParticipant: BorderProjectParticipantResolvers = {
  department: (participant) => ({ code: participant.departmentCode }),
};
