import type { BorderContext } from "../context.js";
import type { BorderPolicyDocument as BorderPolicyDocumentRow } from "../generated/prisma/client.js";
import { objectiveRecordFields } from "./recordFields.js";

export const BorderPolicyDocument = {
  ...objectiveRecordFields,
  facilities: (document: BorderPolicyDocumentRow, _: unknown, { loaders }: BorderContext) =>
    loaders.facilitiesByPolicyDocument.load(document.code),
};
