import type { Programme } from "../generated/prisma/client.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const EvidenceSource = {
  ...programmeFields,
  form: (evidence: Programme) => evidence.evidenceForm,
};
