import { equalityConditions, pageOf, type PageArguments } from "@gcm-hub/kit";
import type { SocialSupportMeasureFilter } from "../generated/graphql.js";
import type { SocialPrisma } from "../prisma.js";

/** One page of social-support measures matching the filter (kind, status, pandemic response), ordered by code, with the total count. */
export function findSocialSupportMeasurePage(prisma: SocialPrisma, { filter, first, after }: PageArguments<SocialSupportMeasureFilter>) {
  return pageOf(prisma.socialSupportMeasure, equalityConditions(filter, ["kind", "status", "pandemicResponse"]), first, after);
}
