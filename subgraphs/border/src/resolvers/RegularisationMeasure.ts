import { recordFields } from "./recordFields.js";

export const RegularisationMeasure = { ...recordFields };
