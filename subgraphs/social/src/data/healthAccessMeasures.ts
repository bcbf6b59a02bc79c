import { equalityConditions, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { HealthAccessMeasureFilter } from "../generated/graphql.js";
import type { SocialPrisma } from "../prisma.js";

/** One page of health-access measures matching the filter (kind, status, pandemic response), ordered by code, with the total count. */
export function findHealthAccessMeasurePage(prisma: SocialPrisma, { filter, first, after }: PageArguments<HealthAccessMeasureFilter>) {
  return pageOf(prisma.healthAccessMeasure, equalityConditions(filter, ["kind", "status", "pandemicResponse"]), first, after);
}
