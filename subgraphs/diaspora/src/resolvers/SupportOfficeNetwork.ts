import type { SupportOfficeNetworkResolvers } from "../generated/graphql.js";
import { figuresOf, initiativeOf, objectivesOf, sourceOf } from "./records.js";

export const SupportOfficeNetwork: SupportOfficeNetworkResolvers = {
  department: (network) => ({ code: network.departmentCode }),
  figures: (network, _, context) => figuresOf(network, context),
  objectives: objectivesOf,
  initiative: initiativeOf,
  source: sourceOf,
};
