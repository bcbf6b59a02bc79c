// The integration department as the kit defines every department: its writes (authorized
// where the data lives, audited and idempotent in one transaction), its audit trail,
// and its figures (record, publish, correct with revisions; the draft rule).
import { defineDepartment, departmentFigures, type DepartmentRequest } from "@gcm-hub/kit";
import type { Query } from "./generated/graphql.js";
import type { IntegrationPrisma, IntegrationTransaction } from "./prisma.js";

export const department = defineDepartment<IntegrationPrisma, IntegrationTransaction, Query>("integration");
export const figures = departmentFigures(department, "integration");

/** A request as the department's writes receive it: the context, with the Prisma client. */
export type WriteContext = DepartmentRequest<IntegrationPrisma>;
