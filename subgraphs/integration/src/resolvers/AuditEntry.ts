import type { AuditEntryResolvers } from "../generated/graphql.js";

export const AuditEntry: AuditEntryResolvers = {
  id: (entry) => entry.id.toString(),
  at: (entry) => entry.at.toISOString(),
  before: (entry) => (entry.before === null ? null : JSON.stringify(entry.before)),
  after: (entry) => (entry.after === null ? null : JSON.stringify(entry.after)),
};
