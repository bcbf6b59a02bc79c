// The border department's small lists (systems, facilities, policy documents,
// measures, the referral system): filtered in SQL, ordered by code.
import { equalityConditions } from "@gcm-hub/kit";
import type {
  QueryBorderFacilitiesArgs,
  QueryBorderPolicyDocumentsArgs,
  QueryBorderSystemsArgs,
  QueryDocumentationMeasuresArgs,
  QueryRegularisationMeasuresArgs,
  QueryTraffickingReferralSystemsArgs,
} from "../generated/graphql.js";
import type { BorderPrisma } from "../prisma.js";
import { objectiveCondition } from "./arguments.js";

const byCode = { orderBy: { code: "asc" } } as const;

/** The arguments' equality filters, and the objective (checked) when one is given. */
function listWhere<Args extends { objective?: number | null }, Key extends keyof Args>(args: Args, keys: readonly Key[]) {
  return { ...equalityConditions(args, keys), ...objectiveCondition("objective", args.objective) };
}

export const findSystems = (prisma: BorderPrisma, args: QueryBorderSystemsArgs) => prisma.borderSystem.findMany({ where: listWhere(args, ["kind", "status"]), ...byCode });

export const findFacilities = (prisma: BorderPrisma, args: QueryBorderFacilitiesArgs) => prisma.borderFacility.findMany({ where: listWhere(args, ["status"]), ...byCode });

export const findPolicyDocuments = (prisma: BorderPrisma, args: QueryBorderPolicyDocumentsArgs) =>
  prisma.borderPolicyDocument.findMany({ where: listWhere(args, ["kind", "status"]), ...byCode });

export const findDocumentationMeasures = (prisma: BorderPrisma, args: QueryDocumentationMeasuresArgs) =>
  prisma.documentationMeasure.findMany({ where: listWhere(args, ["kind"]), ...byCode });

export const findRegularisationMeasures = (prisma: BorderPrisma, args: QueryRegularisationMeasuresArgs) =>
  prisma.regularisationMeasure.findMany({ where: equalityConditions(args, ["kind"]), ...byCode });

export const findReferralSystems = (prisma: BorderPrisma, args: QueryTraffickingReferralSystemsArgs) =>
  prisma.traffickingReferralSystem.findMany({ where: objectiveCondition("objective", args.objective), ...byCode });
