import { reportSource, storedNonNull, requiredDepartmentReference } from "@gcm-hub/kit";
import type { SupportCentreTypeResolvers } from "../generated/graphql.js";

export const SupportCentreType: SupportCentreTypeResolvers = {
  // The foreign key guarantees the network row; the loader still types a miss as null.
  network: async (centreType, _, { loaders }) =>
    storedNonNull(await loaders.programme.load(centreType.networkCode), `network ${centreType.networkCode} of support centre type ${centreType.code}`),
  // A stub with plan's key: plan resolves the rest of the Department.
  department: (centreType) => requiredDepartmentReference(centreType.departmentCode),
  services: (centreType, _, { loaders }) => loaders.servicesByCentreType.load(centreType.code),
  figures: (centreType, _, { loaders }) => loaders.figuresByCentreType.load(centreType.code),
  source: (centreType) => reportSource(centreType.sourceRef, centreType.sourceQuote),
};
