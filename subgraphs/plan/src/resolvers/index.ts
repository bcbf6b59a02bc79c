import { auditEntryFields } from "@gcm-hub/kit";
import type { Resolvers } from "../generated/graphql.js";
import { Country } from "./Country.js";
import { Department } from "./Department.js";
import { Initiative } from "./Initiative.js";
import { Mutation } from "./Mutation.js";
import { Objective } from "./Objective.js";
import { Observation } from "./Observation.js";
import { Pillar } from "./Pillar.js";
import { Query } from "./Query.js";

export const resolvers: Resolvers = { Query, Mutation, AuditEntry: auditEntryFields, Pillar, Objective, Department, Country, Initiative, Observation };
