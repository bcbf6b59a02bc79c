import type { BorderProjectParticipant as ParticipantRow } from "../generated/prisma/client.js";

export const BorderProjectParticipant = {
  department: (participant: ParticipantRow) => ({ code: participant.departmentCode }),
};
