import type { BorderFacilityResolvers } from "../generated/graphql.js";
import { objectiveRecordFields } from "./recordFields.js";

export const BorderFacility: BorderFacilityResolvers = {
  ...objectiveRecordFields,
  policyDocument: (facility, _, { loaders }) =>
    facility.policyDocumentCode === null ? null : loaders.policyDocumentsByCode.load(facility.policyDocumentCode),
};
