// Argument checks shared by the root queries and filters: a clear BAD_USER_INPUT
// naming the argument, rather than an empty answer to a malformed question.
import { assertObjectiveNumber } from "@gcm-hub/kit";

/** The objective filter as a Prisma condition on a record's objective numbers. */
export function objectiveCondition(argument: string, objective: number | null | undefined) {
  if (objective == null) return {};
  assertObjectiveNumber(argument, objective);
  return { objectiveNumbers: { has: objective } };
}

