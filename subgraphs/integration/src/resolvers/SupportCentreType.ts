import { reportSource } from "@gcm-hub/kit";
import type { SupportCentreType as SupportCentreTypeRow } from "../generated/prisma/client.js";
import type { IntegrationContext } from "../context.js";

export const SupportCentreType = {
  network: (centreType: SupportCentreTypeRow, _: unknown, { loaders }: IntegrationContext) => loaders.programme.load(centreType.networkCode),
  department: (centreType: SupportCentreTypeRow) => ({ code: centreType.departmentCode }),
  services: (centreType: SupportCentreTypeRow, _: unknown, { loaders }: IntegrationContext) => loaders.servicesByCentreType.load(centreType.code),
  figures: (centreType: SupportCentreTypeRow, _: unknown, { loaders }: IntegrationContext) => loaders.figuresByCentreType.load(centreType.code),
  source: (centreType: SupportCentreTypeRow) => reportSource(centreType.sourceRef, centreType.sourceQuote),
};
