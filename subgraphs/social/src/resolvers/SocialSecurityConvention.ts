import { reportSource } from "@gcm-hub/kit";
import type { SocialSecurityConvention as ConventionRow } from "../generated/prisma/client.js";
import type { ConventionCountryRole } from "../generated/prisma/enums.js";
import type { SocialContext } from "../context.js";
import { initiativeReference, objectiveReference } from "../entities.js";

export const SocialSecurityConvention = {
  objective: (convention: ConventionRow) => objectiveReference(convention.objectiveNumber),

  countries: async (convention: ConventionRow, { role }: { role?: ConventionCountryRole | null }, { loaders }: SocialContext) => {
    const links = await loaders.countriesByConvention.load(convention.code);
    return links.filter((link) => !role || link.role === role);
  },

  initiative: (convention: ConventionRow) => initiativeReference(convention.initiativeCode),

  source: (convention: ConventionRow) => reportSource(convention.sourceRef, convention.sourceQuote),
};
