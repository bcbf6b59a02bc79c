import type { BorderSystem as BorderSystemRow } from "../generated/prisma/client.js";
import { objectiveRecordFields } from "./recordFields.js";
import { departmentStub } from "./stubs.js";

export const BorderSystem = {
  ...objectiveRecordFields,
  operator: (system: BorderSystemRow) => departmentStub(system.operatorCode),
};
