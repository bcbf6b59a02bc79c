import { recordsByObjective, referenceResolvers } from "@gcm-hub/kit";
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

  consularServiceModels: recordsByObjective("consularServiceModels"),

  supportOfficeNetworks: recordsByObjective("supportOfficeNetworks"),

  diasporaProgrammes: async (objective, { status }, { loaders }) =>
    having(await loaders.diasporaProgrammesByObjective.load(objective.number), (row) => row.status, status),

  remittanceAssessments: recordsByObjective("remittanceAssessments"),

  returnProgrammes: recordsByObjective("returnProgrammes"),

  internationalEngagements: async (objective, { kind }, { loaders }) =>
    having(await loaders.internationalEngagementsByObjective.load(objective.number), (row) => row.kind, kind),
};
