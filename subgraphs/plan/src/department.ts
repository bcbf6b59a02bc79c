// The plan catalogue as the kit defines every department: its writes (authorized
// where the data lives, audited and idempotent in one transaction) and its audit trail.
// Plan-level figures come from the report and are not written through the graph.
import { defineDepartment, type DepartmentRequest } from "@gcm-hub/kit";
import type { Query } from "./generated/graphql.js";
import type { PlanPrisma, PlanTransaction } from "./prisma.js";

export const department = defineDepartment<PlanPrisma, PlanTransaction, Query>("plan");

/** A request as the catalogue's writes receive it: the context, with the Prisma client. */
export type WriteContext = DepartmentRequest<PlanPrisma>;
