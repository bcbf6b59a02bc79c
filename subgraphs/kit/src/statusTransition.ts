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

/** The part of a Prisma model (delegate) a status change needs. */
export interface StatusTable<Row extends { status: string }, Data> {
  findUnique(args: { where: { code: string } }): PromiseLike<Row | null>;
  update(args: { where: { code: string; status: Row["status"] }; data: Data }): PromiseLike<Row>;
}

/** A mutation's arguments for a status change. */
export interface StatusChange<Status extends string> {
  code: string;
  status: Status;
  idempotencyKey?: string | null;
}

/** One kind of record a department writes: how the audit trail and errors name it, and its table. */
export interface DepartmentRecord<Tx, Row extends { status: string }, Data = { status: Row["status"] }> {
  /** The audit trail's entity, e.g. "BorderProtocol". */
  entity: string;
  /** How errors name the record, e.g. "border protocol". */
  noun: string;
  table(tx: Tx): StatusTable<Row, Data>;
  /** For a table of several kinds of record: the kind, named when a new record's code is taken by another. */
  kindOf?(row: Row): string;
}

/** The record's status set to `change.status` (with `data`, the whole update), as statusTransition checks it. */
export function setStatus<Row extends { status: string }, Data>(table: StatusTable<Row, Data>, noun: string, code: string, status: Row["status"], data: Data): Promise<WriteOutcome<Row>> {
  return statusTransition({
    noun,
    code,
    status,
    find: () => table.findUnique({ where: { code } }),
    update: (before) => table.update({ where: { code, status: before.status }, data }),
  });
}
