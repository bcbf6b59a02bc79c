import { referenceResolvers } from "@gcm-hub/kit";
import type { InitiativeResolvers } from "../generated/graphql.js";

export const Initiative: InitiativeResolvers = {
  __resolveReference: referenceResolvers.Initiative,

  cooperationAgreements: (initiative, _, { loaders }) => loaders.cooperationAgreementsByInitiative.load(initiative.code),
  developmentProjects: (initiative, _, { loaders }) => loaders.developmentProjectsByInitiative.load(initiative.code),
  consularServiceModels: (initiative, _, { loaders }) => loaders.consularServiceModelsByInitiative.load(initiative.code),
  supportOfficeNetworks: (initiative, _, { loaders }) => loaders.supportOfficeNetworksByInitiative.load(initiative.code),
  diasporaProgrammes: (initiative, _, { loaders }) => loaders.diasporaProgrammesByInitiative.load(initiative.code),
  remittanceAssessments: (initiative, _, { loaders }) => loaders.remittanceAssessmentsByInitiative.load(initiative.code),
  returnProgrammes: (initiative, _, { loaders }) => loaders.returnProgrammesByInitiative.load(initiative.code),
  internationalEngagements: (initiative, _, { loaders }) => loaders.internationalEngagementsByInitiative.load(initiative.code),
};
