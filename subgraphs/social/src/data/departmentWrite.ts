// Every write of the social department goes through here: the kit's departmentWrite,
// bound to this department and its Prisma client (authorized where the data lives,
// then one transaction with its audit entry and idempotency key).
import { departmentWrite as kitDepartmentWrite, type DepartmentWrite, type WriteOutcome, type WriteRequest } from "@gcm-hub/kit";
import type { SocialPrisma, SocialTransaction } from "../prisma.js";

export const DEPARTMENT = "social";
const TRANSACTION = { timeout: 15_000, maxWait: 15_000 };

export interface WriteContext extends WriteRequest {
  prisma: SocialPrisma;
}

export function departmentWrite<Result>(
  context: WriteContext,
  write: DepartmentWrite,
  perform: (tx: SocialTransaction) => Promise<WriteOutcome<Result>>,
): Promise<Result> {
  return kitDepartmentWrite(DEPARTMENT, (work) => context.prisma.$transaction(work, TRANSACTION), context, write, perform);
}
