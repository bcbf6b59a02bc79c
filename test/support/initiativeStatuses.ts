// An initiative's status, wherever it appears: the plan's InitiativeStatus, and the
// department's own word for the record that is that initiative (a record whose code is
// the initiative's). Each department's word says one or more of the plan's statuses;
// the two must agree, as the report words it ("a draft ... has been prepared" is
// DRAFTED in both, not UNDER_APPROVAL in one of them).
export const PLAN_STATUSES_SAID_BY: Record<string, readonly string[]> = {
  FORESEEN: ["PLANNED"],
  NEGOTIATION_FORESEEN: ["PLANNED"],
  UNDER_NEGOTIATION: ["UNDER_NEGOTIATION"],
  DRAFTED: ["DRAFTED"],
  UNDER_APPROVAL: ["UNDER_APPROVAL"],
  ACTIVE: ["IN_PROGRESS"],
  BEING_IMPLEMENTED: ["IN_PROGRESS"],
  EXPANDING: ["IN_PROGRESS"],
  FINAL_STAGES: ["IN_PROGRESS"],
  IN_OPERATION: ["IN_PROGRESS"],
  IN_SERVICE: ["IN_PROGRESS"],
  LAUNCHED: ["IN_PROGRESS"],
  ONGOING: ["IN_PROGRESS"],
  PILOT: ["IN_PROGRESS"],
  // Done, and what was done may be running since: a signed agreement, a plan approved, a law in force.
  SIGNED: ["IN_PROGRESS", "COMPLETED"],
  CONCLUDED: ["IN_PROGRESS", "COMPLETED"],
  ADOPTED: ["IN_PROGRESS", "COMPLETED"],
  APPROVED: ["IN_PROGRESS", "COMPLETED"],
  PUBLISHED: ["IN_PROGRESS", "COMPLETED"],
  DEVELOPED: ["IN_PROGRESS", "COMPLETED"],
  EXTENDED: ["IN_PROGRESS", "COMPLETED"],
  IMPLEMENTED: ["IN_PROGRESS", "COMPLETED"],
  IN_EFFECT: ["IN_PROGRESS", "COMPLETED"],
  IN_FORCE: ["IN_PROGRESS", "COMPLETED"],
  // A provisional agreement reached: the negotiation's outcome, not yet final.
  PROVISIONALLY_AGREED: ["UNDER_NEGOTIATION", "COMPLETED"],
  COMPLETED: ["COMPLETED"],
};

/** A department's record of an initiative, with its own status word. */
export interface InitiativeRecord {
  department: string;
  code: string;
  status: string;
}

/** Where a department's status for an initiative says other than the plan's; empty when they agree. */
export function statusDisagreements(planStatuses: ReadonlyMap<string, string>, records: readonly InitiativeRecord[]): string[] {
  return records.flatMap(({ department, code, status }) => {
    const planStatus = planStatuses.get(code);
    if (planStatus === undefined) return [];
    const said = PLAN_STATUSES_SAID_BY[status];
    if (!said) return [`${department} ${code}: its status ${status} has no counterpart among the plan's statuses; add it to PLAN_STATUSES_SAID_BY`];
    return said.includes(planStatus) ? [] : [`${code}: plan says ${planStatus}, ${department} says ${status} (which reads as ${said.join(" or ")})`];
  });
}

/** The records in a department's seed module that are a plan initiative (their code is its code) and carry a status. */
export function initiativeRecords(department: string, seed: Record<string, unknown>, planStatuses: ReadonlyMap<string, string>): InitiativeRecord[] {
  return Object.values(seed)
    .filter(Array.isArray)
    .flat()
    .filter((record): record is { code: string; status: string } => typeof record?.code === "string" && typeof record?.status === "string" && planStatuses.has(record.code))
    .map(({ code, status }) => ({ department, code, status }));
}
