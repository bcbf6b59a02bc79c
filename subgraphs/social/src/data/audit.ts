import { auditTrailPage, type WriteRequest } from "@gcm-hub/kit";
import type { SocialPrisma } from "../prisma.js";
import { DEPARTMENT } from "./departmentWrite.js";

/** A page of the department's audit trail, newest first; only the department may read it. */
export function findAuditTrail(prisma: SocialPrisma, request: WriteRequest, first: number | null | undefined, after: string | null | undefined) {
  return auditTrailPage(DEPARTMENT, request, first, after, {
    rows: (beforeId, take) => prisma.auditEntry.findMany({ where: beforeId === null ? {} : { id: { lt: beforeId } }, orderBy: { id: "desc" }, take }),
    count: () => prisma.auditEntry.count(),
  });
}
