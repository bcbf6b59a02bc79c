import { required } from "@gcm-hub/kit";
import type { EvidenceSourceResolvers } from "../generated/graphql.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const EvidenceSource: EvidenceSourceResolvers = {
  ...programmeFields,
  form: (evidence) => required(evidence.evidenceForm, `evidenceForm of evidence source ${evidence.code}`),
  subject: (evidence) => required(evidence.subject, `subject of evidence source ${evidence.code}`),
};
