import type { RegularisationMeasureResolvers } from "../generated/graphql.js";
import { recordFields } from "./recordFields.js";

export const RegularisationMeasure: RegularisationMeasureResolvers = { ...recordFields };
