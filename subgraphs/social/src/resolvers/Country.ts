import type { ConventionStatus } from "../generated/prisma/enums.js";
import type { SocialContext } from "../context.js";
import { countryReference, type CountryReference } from "../entities.js";

export const Country = {
  __resolveReference: ({ iso }: CountryReference) => countryReference(iso),

  socialSecurityConventions: async (country: CountryReference, { status }: { status?: ConventionStatus | null }, { loaders }: SocialContext) => {
    const links = await loaders.conventionsByCountry.load(country.iso);
    return links.map((link) => link.convention).filter((convention) => !status || convention.status === status);
  },
};
