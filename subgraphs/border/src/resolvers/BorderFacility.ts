import type { BorderContext } from "../context.js";
import type { BorderFacility as BorderFacilityRow } from "../generated/prisma/client.js";
import { objectiveRecordFields } from "./recordFields.js";

export const BorderFacility = {
  ...objectiveRecordFields,
  policyDocument: (facility: BorderFacilityRow, _: unknown, { loaders }: BorderContext) =>
    facility.policyDocumentCode === null ? null : loaders.policyDocument.load(facility.policyDocumentCode),
};
