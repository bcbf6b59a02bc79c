import { objectiveRecordFields } from "./recordFields.js";

export const DocumentationMeasure = { ...objectiveRecordFields };
