import { auditEntryFields } from "@gcm-hub/kit";
import type { Resolvers } from "../generated/graphql.js";
import { figures } from "../department.js";
import { ConventionCountry } from "./ConventionCountry.js";
import { Country } from "./Country.js";
import { HealthAccessMeasure } from "./HealthAccessMeasure.js";
import { HealthPlan } from "./HealthPlan.js";
import { Initiative } from "./Initiative.js";
import { Mutation } from "./Mutation.js";
import { Objective } from "./Objective.js";
import { Query } from "./Query.js";
import { SocialSecurityConvention } from "./SocialSecurityConvention.js";
import { SocialSupportMeasure } from "./SocialSupportMeasure.js";

export const resolvers: Resolvers = {
  Query,
  Mutation,
  AuditEntry: auditEntryFields,
  Objective,
  Country,
  Initiative,
  SocialSecurityConvention,
  ConventionCountry,
  HealthAccessMeasure,
  SocialSupportMeasure,
  HealthPlan,
  Observation: figures.resolvers.Observation,
  FigureRevision: figures.resolvers.FigureRevision,
};
