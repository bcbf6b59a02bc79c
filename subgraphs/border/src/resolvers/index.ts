import { auditEntryFields } from "@gcm-hub/kit";
import type { Resolvers } from "../generated/graphql.js";
import { figures } from "../department.js";
import { BorderCooperation } from "./BorderCooperation.js";
import { BorderFacility } from "./BorderFacility.js";
import { BorderPolicyDocument } from "./BorderPolicyDocument.js";
import { BorderProject } from "./BorderProject.js";
import { BorderProjectCountry } from "./BorderProjectCountry.js";
import { BorderProjectParticipant } from "./BorderProjectParticipant.js";
import { BorderProtocol } from "./BorderProtocol.js";
import { BorderProtocolParty } from "./BorderProtocolParty.js";
import { BorderSystem } from "./BorderSystem.js";
import { Country } from "./Country.js";
import { Department } from "./Department.js";
import { DocumentationMeasure } from "./DocumentationMeasure.js";
import { Initiative } from "./Initiative.js";
import { Mutation } from "./Mutation.js";
import { Objective } from "./Objective.js";
import { Query } from "./Query.js";
import { RegularisationMeasure } from "./RegularisationMeasure.js";
import { TraffickingReferralSystem } from "./TraffickingReferralSystem.js";

export const resolvers: Resolvers = {
  Query,
  Mutation,
  AuditEntry: auditEntryFields,
  Objective,
  Country,
  Department,
  Initiative,
  Observation: figures.resolvers.Observation,
  FigureRevision: figures.resolvers.FigureRevision,
  BorderCooperation,
  BorderProject,
  BorderProjectParticipant,
  BorderProjectCountry,
  BorderProtocol,
  BorderProtocolParty,
  BorderSystem,
  BorderFacility,
  BorderPolicyDocument,
  DocumentationMeasure,
  RegularisationMeasure,
  TraffickingReferralSystem,
};
