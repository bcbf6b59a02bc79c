// Every write runs in one transaction with its audit entry (who, what, when, before,
// after, request id) and, when the client sends one, its idempotency key: a retried
// request returns the first response and writes nothing again. Concurrent requests
// with the same key wait on the key's row (INSERT ... ON CONFLICT), so exactly one
// performs the write. Tables: "<schema>".audit_entry and "<schema>".idempotency_key,
// declared in each writing subgraph's Prisma schema.
import { authorize, requireDepartment, type Scope } from "./authorization.js";
import type { Caller } from "./context.js";
import { badUserInput } from "./errors.js";
import { pageRequest, toConnection, type Connection } from "./pagination.js";

/** The raw-SQL surface of a Prisma transaction client. */
export interface RawTransaction {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

export interface WriteOutcome<Result> {
  result: Result;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditedWrite<Tx extends RawTransaction, Result> {
  /** The subgraph's PostgreSQL schema. */
  schema: string;
  caller: Caller;
  requestId: string;
  /** What is done, e.g. "recordFigure". */
  action: string;
  /** What it is done to, e.g. "Observation". */
  entity: string;
  idempotencyKey?: string | null;
  /** The write itself, on the transaction client only. */
  perform(tx: Tx): Promise<WriteOutcome<Result>>;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

/** Runs `write` in `transaction` with its audit entry and idempotency key; returns its result. */
export async function auditedWrite<Tx extends RawTransaction, Result>(
  transaction: <R>(work: (tx: Tx) => Promise<R>) => Promise<R>,
  write: AuditedWrite<Tx, Result>,
): Promise<Result> {
  const { schema, caller, idempotencyKey: key } = write;
  if (key != null && !IDEMPOTENCY_KEY.test(key)) {
    throw badUserInput("idempotencyKey", "must be 8 to 128 letters, digits, '-' or '_' (a UUID works)");
  }
  return transaction(async (tx) => {
    if (key != null) {
      const claimed = await tx.$queryRawUnsafe<unknown[]>(
        `INSERT INTO "${schema}"."idempotency_key" (department, key, action) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
        caller.department,
        key,
        write.action,
      );
      if (claimed.length === 0) return replay<Result>(tx, schema, caller.department, key, write.action);
    }
    const outcome = await write.perform(tx);
    await tx.$executeRawUnsafe(
      `INSERT INTO "${schema}"."audit_entry" (department, subject, action, entity, entity_id, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8)`,
      caller.department,
      caller.subject,
      write.action,
      write.entity,
      outcome.entityId,
      JSON.stringify(outcome.before ?? null),
      JSON.stringify(outcome.after ?? null),
      write.requestId,
    );
    if (key != null) {
      await tx.$executeRawUnsafe(
        `UPDATE "${schema}"."idempotency_key" SET response = $3::jsonb WHERE department = $1 AND key = $2`,
        caller.department,
        key,
        JSON.stringify(outcome.result),
      );
    }
    return outcome.result;
  });
}

async function replay<Result>(tx: RawTransaction, schema: string, department: string, key: string, action: string): Promise<Result> {
  const [stored] = await tx.$queryRawUnsafe<{ action: string; response: Result | string }[]>(
    `SELECT action, response FROM "${schema}"."idempotency_key" WHERE department = $1 AND key = $2`,
    department,
    key,
  );
  if (!stored || stored.action !== action) {
    throw badUserInput("idempotencyKey", `was already used for ${stored?.action ?? "another request"}; use a new key for a new request`);
  }
  return typeof stored.response === "string" ? (JSON.parse(stored.response) as Result) : stored.response;
}

/** A department's write: who must hold which scope, and what it is for the audit trail. */
export interface DepartmentWrite {
  /** The scope the caller's token needs. */
  scope: Scope;
  /** What is done, e.g. "recordFigure". */
  action: string;
  /** The record type written, e.g. "Observation". */
  entity: string;
  idempotencyKey: string | null | undefined;
}

/** The request a write comes from. */
export interface WriteRequest {
  caller: Caller | null;
  requestId: string;
}

/**
 * Authorizes the caller for `department` where the data lives, then runs `perform`
 * through auditedWrite in `transaction` (the department's Prisma client's).
 */
export function departmentWrite<Tx extends RawTransaction, Result>(
  department: string,
  transaction: <R>(work: (tx: Tx) => Promise<R>) => Promise<R>,
  request: WriteRequest,
  write: DepartmentWrite,
  perform: (tx: Tx) => Promise<WriteOutcome<Result>>,
): Promise<Result> {
  const caller = authorize(request.caller, department, write.scope);
  return auditedWrite(transaction, {
    schema: department,
    caller,
    requestId: request.requestId,
    action: write.action,
    entity: write.entity,
    idempotencyKey: write.idempotencyKey,
    perform,
  });
}

/** How to read a department's audit_entry table, newest first, by its increasing id. */
export interface AuditTrailQuery<Row> {
  rows(beforeId: bigint | null, take: number): Promise<Row[]>;
  count(): Promise<number>;
}

/** A page of a department's audit trail; only the department may read it. */
export async function auditTrailPage<Row extends { id: bigint }>(
  department: string,
  request: WriteRequest,
  first: number | null | undefined,
  after: string | null | undefined,
  query: AuditTrailQuery<Row>,
): Promise<Connection<Row>> {
  requireDepartment(request.caller, department);
  const page = pageRequest(first, after);
  if (page.afterKey !== null && !/^\d+$/.test(page.afterKey)) throw badUserInput("after", "is not a cursor of this audit trail");
  const [rows, totalCount] = await Promise.all([query.rows(page.afterKey === null ? null : BigInt(page.afterKey), page.take + 1), query.count()]);
  return toConnection(rows, page, (row) => row.id.toString(), totalCount);
}
