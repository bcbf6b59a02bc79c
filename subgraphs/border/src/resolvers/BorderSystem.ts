import type { BorderSystemResolvers } from "../generated/graphql.js";
import { objectiveRecordFields } from "./recordFields.js";
import { departmentStub } from "./stubs.js";

export const BorderSystem: BorderSystemResolvers = {
  ...objectiveRecordFields,
  operator: (system) => departmentStub(system.operatorCode),
};
