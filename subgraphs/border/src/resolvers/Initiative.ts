import { recordsByInitiative, referenceResolvers } from "@gcm-hub/kit";
import type { InitiativeResolvers } from "../generated/graphql.js";

export const Initiative: InitiativeResolvers = {
  // plan owns initiatives: answer for any key with the border records that detail it (possibly none).
  __resolveReference: referenceResolvers.Initiative,

  borderProjects: recordsByInitiative("projects"),
  borderProtocols: recordsByInitiative("protocols"),
  borderSystems: recordsByInitiative("systems"),
  borderFacilities: recordsByInitiative("facilities"),
  borderPolicyDocuments: recordsByInitiative("policyDocuments"),
  documentationMeasures: recordsByInitiative("documentationMeasures"),
  regularisationMeasures: recordsByInitiative("regularisationMeasures"),
  traffickingReferralSystems: recordsByInitiative("referralSystems"),
};
