import type { ConventionCountry as ConventionCountryRow } from "../generated/prisma/client.js";

export const ConventionCountry = {
  country: (link: ConventionCountryRow) => ({ iso: link.countryIso }),
};
