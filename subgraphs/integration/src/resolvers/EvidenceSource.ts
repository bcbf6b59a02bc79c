import { storedNonNull } from "@gcm-hub/kit";
import type { EvidenceSourceResolvers } from "../generated/graphql.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const EvidenceSource: EvidenceSourceResolvers = {
  ...programmeFields,
  form: (evidence) => storedNonNull(evidence.evidenceForm, `evidenceForm of evidence source ${evidence.code}`),
  subject: (evidence) => storedNonNull(evidence.subject, `subject of evidence source ${evidence.code}`),
};
