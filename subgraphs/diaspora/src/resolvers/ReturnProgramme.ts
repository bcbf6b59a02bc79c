import type { ReturnProgrammeResolvers } from "../generated/graphql.js";
import { figuresOf, initiativeOf, objectivesOf, sourceOf } from "./records.js";

export const ReturnProgramme: ReturnProgrammeResolvers = {
  promoter: (programme) => ({ code: programme.promoterCode }),
  referralPartners: (programme) => [...programme.referralPartnerCodes].sort().map((code) => ({ code })),
  figures: (programme, _, context) => figuresOf(programme, context),
  objectives: objectivesOf,
  initiative: initiativeOf,
  source: sourceOf,
};
