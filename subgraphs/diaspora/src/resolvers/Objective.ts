import { referenceResolvers } from "@gcm-hub/kit";
import { figures } from "../department.js";
import type { ObjectiveResolvers } from "../generated/graphql.js";
import { having } from "./records.js";

export const Objective: ObjectiveResolvers = {
  __resolveReference: referenceResolvers.Objective,

  ...figures.fields.Objective,

  cooperationAgreements: async (objective, { status }, { loaders }) =>
    having(await loaders.cooperationAgreementsByObjective.load(objective.number), (row) => row.status, status),

  developmentProjects: async (objective, { status }, { loaders }) =>
    having(await loaders.developmentProjectsByObjective.load(objective.number), (row) => row.status, status),

  consularServiceModels: (objective, _, { loaders }) => loaders.consularServiceModelsByObjective.load(objective.number),

  supportOfficeNetworks: (objective, _, { loaders }) => loaders.supportOfficeNetworksByObjective.load(objective.number),

  diasporaProgrammes: async (objective, { status }, { loaders }) =>
    having(await loaders.diasporaProgrammesByObjective.load(objective.number), (row) => row.status, status),

  remittanceAssessments: (objective, _, { loaders }) => loaders.remittanceAssessmentsByObjective.load(objective.number),

  returnProgrammes: (objective, _, { loaders }) => loaders.returnProgrammesByObjective.load(objective.number),

  internationalEngagements: async (objective, { kind }, { loaders }) =>
    having(await loaders.internationalEngagementsByObjective.load(objective.number), (row) => row.kind, kind),
};
