import { compactSource } from "@gcm-hub/kit";
import type { GuidingPrincipleResolvers } from "../generated/graphql.js";

/** Paragraph 15 of the Global Compact lists the principles as (a) to (j). */
const ITEMS = "abcdefghij";

export const GuidingPrinciple: GuidingPrincipleResolvers = {
  source: (principle) => compactSource(`Paragraph 15 (${ITEMS[principle.number - 1] ?? principle.number})`, principle.name),
};
