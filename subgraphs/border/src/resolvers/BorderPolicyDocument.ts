import type { BorderPolicyDocumentResolvers } from "../generated/graphql.js";
import { objectiveRecordFields } from "./recordFields.js";

export const BorderPolicyDocument: BorderPolicyDocumentResolvers = {
  ...objectiveRecordFields,
  facilities: (document, _, { loaders }) => loaders.facilitiesByPolicyDocument.load(document.code),
};
