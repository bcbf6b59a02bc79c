import type { BorderProjectCountry as ProjectCountryRow } from "../generated/prisma/client.js";

export const BorderProjectCountry = {
  country: (involvement: ProjectCountryRow) => ({ iso: involvement.countryIso }),
};
