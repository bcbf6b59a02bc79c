import { recordsByInitiative, referenceResolvers } from "@gcm-hub/kit";
import type { InitiativeResolvers } from "../generated/graphql.js";

export const Initiative: InitiativeResolvers = {
  __resolveReference: referenceResolvers.Initiative,

  cooperationAgreements: recordsByInitiative("cooperationAgreements"),
  developmentProjects: recordsByInitiative("developmentProjects"),
  consularServiceModels: recordsByInitiative("consularServiceModels"),
  supportOfficeNetworks: recordsByInitiative("supportOfficeNetworks"),
  diasporaProgrammes: recordsByInitiative("diasporaProgrammes"),
  remittanceAssessments: recordsByInitiative("remittanceAssessments"),
  returnProgrammes: recordsByInitiative("returnProgrammes"),
  internationalEngagements: recordsByInitiative("internationalEngagements"),
};
