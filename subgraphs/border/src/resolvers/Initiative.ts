import { referenceResolvers } from "@gcm-hub/kit";
import type { InitiativeResolvers } from "../generated/graphql.js";

export const Initiative: InitiativeResolvers = {
  // plan owns initiatives: answer for any key with the border records that detail it (possibly none).
  __resolveReference: referenceResolvers.Initiative,

  borderProjects: ({ code }, _, { loaders }) => loaders.projectsByInitiative.load(code),
  borderProtocols: ({ code }, _, { loaders }) => loaders.protocolsByInitiative.load(code),
  borderSystems: ({ code }, _, { loaders }) => loaders.systemsByInitiative.load(code),
  borderFacilities: ({ code }, _, { loaders }) => loaders.facilitiesByInitiative.load(code),
  borderPolicyDocuments: ({ code }, _, { loaders }) => loaders.policyDocumentsByInitiative.load(code),
  documentationMeasures: ({ code }, _, { loaders }) => loaders.documentationMeasuresByInitiative.load(code),
  regularisationMeasures: ({ code }, _, { loaders }) => loaders.regularisationMeasuresByInitiative.load(code),
  traffickingReferralSystems: ({ code }, _, { loaders }) => loaders.referralSystemsByInitiative.load(code),
};
