import type { DocumentationMeasureResolvers } from "../generated/graphql.js";
import { objectiveRecordFields } from "./recordFields.js";

export const DocumentationMeasure: DocumentationMeasureResolvers = { ...objectiveRecordFields };
