import { departmentReference } from "@gcm-hub/kit";
import type { BorderSystemResolvers } from "../generated/graphql.js";
import { objectiveRecordFields } from "./recordFields.js";

export const BorderSystem: BorderSystemResolvers = {
  ...objectiveRecordFields,
  operator: (system) => departmentReference(system.operatorCode),
};
