import { recordsByObjective, referenceResolvers } from "@gcm-hub/kit";
import { figures } from "../department.js";
import type { ObjectiveResolvers } from "../generated/graphql.js";

export const Objective: ObjectiveResolvers = {
  // plan owns objectives; their numbers are a fixed range, so anything else is no objective at all.
  __resolveReference: referenceResolvers.Objective,

  ...figures.fields.Objective,

  borderProjects: recordsByObjective("projects"),
  borderProtocols: recordsByObjective("protocols"),
  borderSystems: recordsByObjective("systems"),
  borderFacilities: recordsByObjective("facilities"),
  borderPolicyDocuments: recordsByObjective("policyDocuments"),
  documentationMeasures: recordsByObjective("documentationMeasures"),
  traffickingReferralSystems: recordsByObjective("referralSystems"),
};
