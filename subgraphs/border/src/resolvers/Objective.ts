import { referenceResolvers } from "@gcm-hub/kit";
import { figures } from "../department.js";
import type { ObjectiveResolvers } from "../generated/graphql.js";

export const Objective: ObjectiveResolvers = {
  // plan owns objectives; their numbers are a fixed range, so anything else is no objective at all.
  __resolveReference: referenceResolvers.Objective,

  ...figures.fields.Objective,

  borderProjects: ({ number }, _, { loaders }) => loaders.projectsByObjective.load(number),

  borderProtocols: ({ number }, _, { loaders }) => loaders.protocolsByObjective.load(number),

  borderSystems: ({ number }, _, { loaders }) => loaders.systemsByObjective.load(number),

  borderFacilities: ({ number }, _, { loaders }) => loaders.facilitiesByObjective.load(number),

  borderPolicyDocuments: ({ number }, _, { loaders }) => loaders.policyDocumentsByObjective.load(number),

  documentationMeasures: ({ number }, _, { loaders }) => loaders.documentationMeasuresByObjective.load(number),

  traffickingReferralSystems: ({ number }, _, { loaders }) => loaders.referralSystemsByObjective.load(number),
};
