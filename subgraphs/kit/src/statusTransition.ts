// The write every department makes to its records' status (a project completed, an
// agreement signed): refuse an unknown record or the status it already has, then
// update only while the record still has the status read, so two concurrent
// transitions never both apply, nor both reach the audit trail.
import type { WriteOutcome } from "./auditedWrite.js";
import { badUserInput } from "./errors.js";
import { updateIfUnchanged } from "./prismaErrors.js";

export interface StatusTransition<Row extends { status: string }> {
  /** How the department names the record in errors, e.g. "border project". */
  noun: string;
  code: string;
  status: Row["status"];
  /** Reads the record in the write's transaction. */
  find(): PromiseLike<Row | null>;
  /** Updates it, guarded by `where: { code, status: before.status }`. */
  update(before: Row): PromiseLike<Row>;
}

export async function statusTransition<Row extends { status: string }>(transition: StatusTransition<Row>): Promise<WriteOutcome<Row>> {
  const { noun, code, status } = transition;
  const before = await transition.find();
  if (!before) throw badUserInput("code", `no ${noun} has code "${code}"`);
  if (before.status === status) throw badUserInput("status", `${noun} "${code}" is already ${status}`);
  const after = await updateIfUnchanged("status", `${noun} "${code}"`, () => transition.update(before));
  return { result: after, entityId: code, before, after };
}
