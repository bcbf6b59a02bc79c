import type { BorderCooperationResolvers } from "../generated/graphql.js";

// Country.borderCooperation returns the Prisma records themselves; only a protocol has a signing year.
export const BorderCooperation: BorderCooperationResolvers = {
  __resolveType: (cooperation) => ("signedYear" in cooperation ? "BorderProtocol" : "BorderProject"),
};
