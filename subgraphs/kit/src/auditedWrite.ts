// Every write runs in one transaction with its audit entry (who, what, when, before,
// after, the gateway's request id and the client's) and, when the client sends one, its
// idempotency key: a retried request returns the first response and writes nothing
// again. A key is bound to the caller who used it and to a hash of the mutation and its
// input; the same key with anything else is refused (IDEMPOTENCY_KEY_REUSED). Concurrent
// requests with the same key wait on the key's row (INSERT ... ON CONFLICT), so exactly
// one performs the write. Tables: "<schema>".audit_entry and "<schema>".idempotency_key,
// declared in each writing subgraph's Prisma schema.
import crypto from "node:crypto";
import { GraphQLError } from "graphql";
import { authorize, requireDepartment, type Scope } from "./authorization.js";
import type { Caller, MutationField } from "./context.js";
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
  /** The gateway's id for the request. */
  requestId: string;
  /** The id the client sent, if any. */
  clientRequestId?: string | null;
  /** The mutation and input the idempotency key is bound to; without one, the action alone. */
  mutation?: MutationField;
  /** What is done, e.g. "recordFigure". */
  action: string;
  /** What it is done to, e.g. "Observation". */
  entity: string;
  idempotencyKey?: string | null;
  /** The write itself, on the transaction client only. */
  perform(tx: Tx): Promise<WriteOutcome<Result>>;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

/** JSON with object keys sorted, so equal inputs hash equally whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What an idempotency key is bound to: the mutation and its input, the key itself left out. */
export function requestHash(action: string, mutation: MutationField | undefined): string {
  const { idempotencyKey: _key, ...input } = mutation?.arguments ?? {};
  return crypto.createHash("sha256").update(canonicalJson({ action, field: mutation?.field ?? null, input })).digest("hex");
}

function keyReused(key: string): GraphQLError {
  return new GraphQLError(
    `The idempotency key "${key}" was already used for a different request (another mutation, other input or another caller); it wrote nothing. Use a new key for a new request.`,
    { extensions: { code: "IDEMPOTENCY_KEY_REUSED", argument: "idempotencyKey" } },
  );
}

/** Runs `write` in `transaction` with its audit entry and idempotency key; returns its result. */
export async function auditedWrite<Tx extends RawTransaction, Result>(
  transaction: <R>(work: (tx: Tx) => Promise<R>) => Promise<R>,
  write: AuditedWrite<Tx, Result>,
): Promise<Result> {
  const { schema, caller, idempotencyKey: key } = write;
  if (key != null && !IDEMPOTENCY_KEY.test(key)) {
    throw badUserInput("idempotencyKey", "must be 8 to 128 letters, digits, '-' or '_' (a UUID works)");
  }
  const hash = requestHash(write.action, write.mutation);
  return transaction(async (tx) => {
    if (key != null) {
      const claimed = await tx.$queryRawUnsafe<unknown[]>(
        `INSERT INTO "${schema}"."idempotency_key" (department, key, action, subject, request_hash) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING key`,
        caller.subgraph,
        key,
        write.action,
        caller.subject,
        hash,
      );
      if (claimed.length === 0) return replay<Result>(tx, schema, caller, key, hash);
    }
    const outcome = await write.perform(tx);
    await tx.$executeRawUnsafe(
      `INSERT INTO "${schema}"."audit_entry" (department, subject, action, entity, entity_id, before, after, request_id, client_request_id)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9)`,
      caller.subgraph,
      caller.subject,
      write.action,
      write.entity,
      outcome.entityId,
      JSON.stringify(outcome.before ?? null),
      JSON.stringify(outcome.after ?? null),
      write.requestId,
      write.clientRequestId ?? null,
    );
    if (key != null) {
      await tx.$executeRawUnsafe(
        `UPDATE "${schema}"."idempotency_key" SET response = $3::jsonb WHERE department = $1 AND key = $2`,
        caller.subgraph,
        key,
        JSON.stringify(outcome.result),
      );
    }
    return outcome.result;
  });
}

/** The first response for a retried request, if the key was used for this very request by this caller. */
async function replay<Result>(tx: RawTransaction, schema: string, caller: Caller, key: string, hash: string): Promise<Result> {
  const [stored] = await tx.$queryRawUnsafe<{ subject: string | null; request_hash: string | null; response: Result | string }[]>(
    `SELECT subject, request_hash, response FROM "${schema}"."idempotency_key" WHERE department = $1 AND key = $2`,
    caller.subgraph,
    key,
  );
  if (!stored || stored.subject !== caller.subject || stored.request_hash !== hash) throw keyReused(key);
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

/** The request a write comes from (a subgraph's context has all of it). */
export interface WriteRequest {
  caller: Caller | null;
  requestId: string;
  clientRequestId?: string | null;
  mutation?: MutationField;
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
    clientRequestId: request.clientRequestId,
    mutation: request.mutation,
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
  const rows = await query.rows(page.afterKey === null ? null : BigInt(page.afterKey), page.take + 1);
  return toConnection(rows, page, (row) => row.id.toString(), () => query.count());
}
