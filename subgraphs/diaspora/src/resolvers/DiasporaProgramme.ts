import { departmentReference } from "@gcm-hub/kit";
import type { DiasporaProgrammeResolvers } from "../generated/graphql.js";
import { figuresOf, initiativeOf, objectivesOf, sourceOf } from "./records.js";

export const DiasporaProgramme: DiasporaProgrammeResolvers = {
  leadDepartment: (programme) => departmentReference(programme.leadDepartmentCode),
  figures: (programme, _, context) => figuresOf(programme, context),
  objectives: objectivesOf,
  initiative: initiativeOf,
  source: sourceOf,
};
