// A department: the subgraph through which a ministry or institute owns and writes its
// data. What every department does the same way is defined here once and configured
// with the department's name and its Prisma client: writes authorized where the data
// lives, audited and idempotent in one transaction (auditedWrite.ts), and the audit
// trail with its resolvers. Departments that take figures through the graph add
// departmentFigures.ts. A department's own folder keeps only what is its own.
import type { GraphQLError } from "graphql";
import { auditTrailPage, departmentWrite, type DepartmentWrite, type RawTransaction, type WriteOutcome, type WriteRequest } from "./auditedWrite.js";
import { badUserInput } from "./errors.js";
import { insertUnlessTaken } from "./prismaErrors.js";
import { setStatus, type DepartmentRecord, type StatusChange } from "./statusTransition.js";

/** An audit_entry row, as every department's Prisma schema declares it. */
export interface AuditEntryRow {
  id: bigint;
  at: Date;
  department: string;
  subject: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string;
  clientRequestId: string | null;
}

/** The part of a department's Prisma client the kit uses for writes and their audit trail. */
export interface AuditedClient<Tx extends RawTransaction> {
  $transaction<R>(work: (tx: Tx) => Promise<R>, options?: { maxWait?: number; timeout?: number }): Promise<R>;
  auditEntry: {
    findMany(args: { where: { id?: { lt: bigint } }; orderBy: { id: "desc" }; take: number }): PromiseLike<AuditEntryRow[]>;
    count(): PromiseLike<number>;
  };
}

/** What a department's resolvers hand the kit: the request (its context), and the department's client. */
export interface DepartmentRequest<Client> extends WriteRequest {
  prisma: Client;
}

/** Long enough for a write under load on the embedded database, short enough to fail clearly. */
export const WRITE_TRANSACTION = { timeout: 15_000, maxWait: 15_000 };

/** A record just inserted, and how the audit trail keeps it (with its links, say). */
export interface NewRecord<Row> {
  created: Row;
  audited: unknown;
}

/** A record inserted with its child rows (`parts`): the record alone is the result, the audit entry holds both. */
export function insertedWithChildren<Inserted, Parts extends keyof Inserted>(inserted: Inserted, parts: Parts): NewRecord<Omit<Inserted, Parts>> {
  const { [parts]: _children, ...created } = inserted;
  return { created, audited: inserted };
}

/**
 * The names N for which the department's generated `Query` type (src/generated/graphql.ts)
 * has a field `${N}AuditTrail`: a name its schema does not have fails the typecheck.
 */
export type DepartmentName<Query> = { [Field in keyof Query]-?: Field extends `${infer Name}AuditTrail` ? Name : never }[keyof Query];

export interface Department<Client, Tx, Query = Record<string, unknown>> {
  /** The subgraph's name: its PostgreSQL schema and the department claim of its tokens. */
  readonly name: DepartmentName<Query> & string;
  /** A write of this department: authorized here, then audited and idempotent in one transaction. */
  write<Result>(request: DepartmentRequest<Client>, descriptor: DepartmentWrite, perform: (tx: Tx) => Promise<WriteOutcome<Result>>): Promise<Result>;
  /** A write (audited as `action`) that moves a record to another status; `data` is the update when it sets more than the status. */
  changeStatus<Row extends { status: string }, Data = { status: Row["status"] }>(
    request: DepartmentRequest<Client>,
    action: string,
    record: DepartmentRecord<Tx, Row, Data>,
    change: StatusChange<Row["status"]>,
    data?: Data,
  ): Promise<Row>;
  /**
   * A write (audited as `action`) that adds a record under a new code: a code already
   * taken, also by a concurrent insert, is refused naming input.code; `taken` tells
   * the violated unique columns apart when the record has others.
   */
  create<Row extends { status: string }, Data>(
    request: DepartmentRequest<Client>,
    action: string,
    record: DepartmentRecord<Tx, Row, Data>,
    creation: { code: string; idempotencyKey?: string | null },
    insert: (tx: Tx) => Promise<NewRecord<Row>>,
    taken?: (columns: string, duplicateCode: () => GraphQLError) => GraphQLError,
  ): Promise<Row>;
  /** The department's Query field `<name>AuditTrail`, for its resolvers to spread. */
  readonly fields: {
    Query: Record<
      `${DepartmentName<Query> & string}AuditTrail`,
      (parent: unknown, args: { first?: number | null; after?: string | null }, request: DepartmentRequest<Client>) => ReturnType<typeof auditTrailPage<AuditEntryRow>>
    >;
  };
  /** A page of the department's audit trail, newest first; only the department may read it. */
  findAuditTrail(request: DepartmentRequest<Client>, first: number | null | undefined, after: string | null | undefined): ReturnType<typeof auditTrailPage<AuditEntryRow>>;
}

/**
 * A department named `name`; `Query` is the generated Query type of its schema, which
 * must have the `${name}AuditTrail` field (and, for departmentFigures, its figure fields).
 */
export function defineDepartment<Client extends AuditedClient<Tx>, Tx extends RawTransaction, Query>(name: DepartmentName<Query> & string): Department<Client, Tx, Query> {
  type Self = Department<Client, Tx, Query>;
  const write: Self["write"] = (request, descriptor, perform) =>
    departmentWrite(name, (work) => request.prisma.$transaction(work, WRITE_TRANSACTION), request, descriptor, perform);
  const findAuditTrail: Self["findAuditTrail"] = (request, first, after) =>
    auditTrailPage(name, request, first, after, {
      rows: (beforeId, take) => request.prisma.auditEntry.findMany({ where: beforeId === null ? {} : { id: { lt: beforeId } }, orderBy: { id: "desc" }, take }) as Promise<AuditEntryRow[]>,
      count: () => request.prisma.auditEntry.count() as Promise<number>,
    });
  const auditTrail = (_: unknown, { first, after }: { first?: number | null; after?: string | null }, request: DepartmentRequest<Client>) => findAuditTrail(request, first, after);
  return {
    name,
    write,
    // A computed key reads as any string to the compiler; Self names it from the schema.
    fields: { Query: { [`${name}AuditTrail`]: auditTrail } as Self["fields"]["Query"] },
    changeStatus: (request, action, record, { code, status, idempotencyKey }, data) =>
      write(request, { scope: "write", action, entity: record.entity, idempotencyKey }, (tx) =>
        setStatus(record.table(tx), record.noun, code, status, data ?? ({ status } as never)),
      ),
    create: (request, action, record, { code, idempotencyKey }, insert, taken) => {
      const duplicate = (kind?: string) =>
        badUserInput("input.code", `${/^[aeiou]/.test(record.noun) ? "an" : "a"} ${record.noun} with code "${code}" already exists${kind ? ` (${kind})` : ""}`);
      return write(request, { scope: "write", action, entity: record.entity, idempotencyKey }, async (tx) => {
        const existing = await record.table(tx).findUnique({ where: { code } });
        if (existing) throw duplicate(record.kindOf?.(existing));
        // Another request may take the code (or another unique column) between the check and the insert.
        const { created, audited } = await insertUnlessTaken(() => insert(tx), (columns) => (taken ? taken(columns, () => duplicate()) : duplicate()));
        return { result: created, entityId: code, before: null, after: audited };
      });
    },
    findAuditTrail,
  };
}

/** Resolvers for AuditEntry's derived fields (identical SDL in every department). */
export const auditEntryFields = {
  id: (entry: AuditEntryRow) => entry.id.toString(),
  at: (entry: AuditEntryRow) => entry.at.toISOString(),
  before: (entry: AuditEntryRow) => (entry.before === null ? null : JSON.stringify(entry.before)),
  after: (entry: AuditEntryRow) => (entry.after === null ? null : JSON.stringify(entry.after)),
};
