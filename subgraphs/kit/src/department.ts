// A department: the subgraph through which a ministry or institute owns and writes its
// data. What every department does the same way is defined here once and configured
// with the department's name and its Prisma client: writes authorized where the data
// lives, audited and idempotent in one transaction (auditedWrite.ts), and the audit
// trail with its resolvers. Departments that take figures through the graph add
// departmentFigures.ts. A department's own folder keeps only what is its own.
import { auditTrailPage, departmentWrite, type DepartmentWrite, type RawTransaction, type WriteOutcome, type WriteRequest } from "./auditedWrite.js";

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

export interface Department<Client, Tx> {
  /** The subgraph's name: its PostgreSQL schema and the department claim of its tokens. */
  readonly name: string;
  /** A write of this department: authorized here, then audited and idempotent in one transaction. */
  write<Result>(request: DepartmentRequest<Client>, descriptor: DepartmentWrite, perform: (tx: Tx) => Promise<WriteOutcome<Result>>): Promise<Result>;
  /** A page of the department's audit trail, newest first; only the department may read it. */
  findAuditTrail(request: DepartmentRequest<Client>, first: number | null | undefined, after: string | null | undefined): ReturnType<typeof auditTrailPage<AuditEntryRow>>;
}

export function defineDepartment<Client extends AuditedClient<Tx>, Tx extends RawTransaction>(name: string): Department<Client, Tx> {
  return {
    name,
    write: (request, descriptor, perform) =>
      departmentWrite(name, (work) => request.prisma.$transaction(work, WRITE_TRANSACTION), request, descriptor, perform),
    findAuditTrail: (request, first, after) =>
      auditTrailPage(name, request, first, after, {
        rows: (beforeId, take) => request.prisma.auditEntry.findMany({ where: beforeId === null ? {} : { id: { lt: beforeId } }, orderBy: { id: "desc" }, take }) as Promise<AuditEntryRow[]>,
        count: () => request.prisma.auditEntry.count() as Promise<number>,
      }),
  };
}

/** Resolvers for AuditEntry's derived fields (identical SDL in every department). */
export const auditEntryFields = {
  id: (entry: AuditEntryRow) => entry.id.toString(),
  at: (entry: AuditEntryRow) => entry.at.toISOString(),
  before: (entry: AuditEntryRow) => (entry.before === null ? null : JSON.stringify(entry.before)),
  after: (entry: AuditEntryRow) => (entry.after === null ? null : JSON.stringify(entry.after)),
};
