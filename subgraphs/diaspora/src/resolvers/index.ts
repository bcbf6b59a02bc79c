import { auditEntryFields } from "@gcm-hub/kit";
import type { Resolvers } from "../generated/graphql.js";
import { figures } from "../department.js";
import { ConsularServiceModel } from "./ConsularServiceModel.js";
import { CooperationAgreement, CooperationAgreementCountry } from "./CooperationAgreement.js";
import { Country } from "./Country.js";
import { Department } from "./Department.js";
import { DevelopmentProject, DevelopmentProjectCountry } from "./DevelopmentProject.js";
import { DiasporaProgramme } from "./DiasporaProgramme.js";
import { Initiative } from "./Initiative.js";
import { InternationalEngagement } from "./InternationalEngagement.js";
import { Mutation } from "./Mutation.js";
import { Objective } from "./Objective.js";
import { Query } from "./Query.js";
import { RemittanceAssessment } from "./RemittanceAssessment.js";
import { ReturnProgramme } from "./ReturnProgramme.js";
import { SupportOfficeNetwork } from "./SupportOfficeNetwork.js";

export const resolvers: Resolvers = {
  Query,
  Mutation,
  AuditEntry: auditEntryFields,
  Objective,
  Country,
  Department,
  Initiative,
  CooperationAgreement,
  CooperationAgreementCountry,
  DevelopmentProject,
  DevelopmentProjectCountry,
  ConsularServiceModel,
  SupportOfficeNetwork,
  DiasporaProgramme,
  RemittanceAssessment,
  ReturnProgramme,
  InternationalEngagement,
  Observation: figures.resolvers.Observation,
  FigureRevision: figures.resolvers.FigureRevision,
};
