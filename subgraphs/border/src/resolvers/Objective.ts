import { referenceResolvers } from "@gcm-hub/kit";
import type { ObjectiveResolvers } from "../generated/graphql.js";

const rows = <Row>(links: { row: Row }[]) => links.map((link) => link.row);

export const Objective: ObjectiveResolvers = {
  // plan owns objectives; their numbers are a fixed range, so anything else is no objective at all.
  __resolveReference: referenceResolvers.Objective,

  borderFigures: ({ number }, _, { loaders }) => loaders.figuresByObjective.load(number),

  borderProjects: async ({ number }, _, { loaders }) => rows(await loaders.projectsByObjective.load(number)),

  borderProtocols: async ({ number }, _, { loaders }) => rows(await loaders.protocolsByObjective.load(number)),

  borderSystems: async ({ number }, _, { loaders }) => rows(await loaders.systemsByObjective.load(number)),

  borderFacilities: async ({ number }, _, { loaders }) => rows(await loaders.facilitiesByObjective.load(number)),

  borderPolicyDocuments: async ({ number }, _, { loaders }) => rows(await loaders.policyDocumentsByObjective.load(number)),

  documentationMeasures: async ({ number }, _, { loaders }) => rows(await loaders.documentationMeasuresByObjective.load(number)),

  traffickingReferralSystems: async ({ number }, _, { loaders }) => rows(await loaders.referralSystemsByObjective.load(number)),
};
