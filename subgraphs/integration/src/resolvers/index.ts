import { auditEntryFields } from "@gcm-hub/kit";
import type { Resolvers } from "../generated/graphql.js";
import { figures } from "../department.js";
import { AntiDiscriminationMeasure } from "./AntiDiscriminationMeasure.js";
import { Department } from "./Department.js";
import { EvidenceSource } from "./EvidenceSource.js";
import { InformationService } from "./InformationService.js";
import { Initiative } from "./Initiative.js";
import { IntegrationNetwork } from "./IntegrationNetwork.js";
import { IntegrationPlan } from "./IntegrationPlan.js";
import { IntegrationProgramme } from "./IntegrationProgramme.js";
import { IntegrationProtocol } from "./IntegrationProtocol.js";
import { LanguageProgramme } from "./LanguageProgramme.js";
import { Mutation } from "./Mutation.js";
import { Objective } from "./Objective.js";
import { ProgrammeParticipation } from "./ProgrammeParticipation.js";
import { Query } from "./Query.js";
import { SupportCentreType } from "./SupportCentreType.js";
import { SupportService } from "./SupportService.js";
import { TrainingProgramme } from "./TrainingProgramme.js";

export const resolvers: Resolvers = {
  Query,
  Mutation,
  AuditEntry: auditEntryFields,
  IntegrationProgramme,
  IntegrationNetwork,
  SupportService,
  InformationService,
  EvidenceSource,
  TrainingProgramme,
  LanguageProgramme,
  IntegrationPlan,
  IntegrationProtocol,
  AntiDiscriminationMeasure,
  SupportCentreType,
  ProgrammeParticipation,
  Objective,
  Department,
  Initiative,
  Observation: figures.resolvers.Observation,
  FigureRevision: figures.resolvers.FigureRevision,
};
