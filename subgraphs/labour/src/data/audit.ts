import { pageRequest, requireDepartment, toConnection, type Caller } from "@gcm-hub/kit";
import type { LabourPrisma } from "../prisma.js";
import { DEPARTMENT } from "./figureWrites.js";

/** A page of the department's audit trail, newest first; only the department may read it. */
export async function findAuditTrail(prisma: LabourPrisma, caller: Caller | null, first: number | null | undefined, after: string | null | undefined) {
  requireDepartment(caller, DEPARTMENT);
  const page = pageRequest(first, after);
  const before = page.afterKey === null ? {} : { id: { lt: BigInt(page.afterKey) } };
  const [rows, totalCount] = await Promise.all([
    prisma.auditEntry.findMany({ where: before, orderBy: { id: "desc" }, take: page.take + 1 }),
    prisma.auditEntry.count(),
  ]);
  return toConnection(rows, page, (row) => row.id.toString(), totalCount);
}
