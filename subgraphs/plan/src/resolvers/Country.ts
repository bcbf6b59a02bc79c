import type { Country as CountryRow } from "../generated/prisma/client.js";
import type { InitiativeStatus } from "../generated/prisma/enums.js";
import type { PlanContext } from "../context.js";

export const Country = {
  __resolveReference: ({ iso }: { iso: string }, { loaders }: PlanContext) => loaders.country.load(iso),

  initiatives: async (country: CountryRow, { status }: { status?: InitiativeStatus | null }, { loaders }: PlanContext) => {
    const links = await loaders.initiativesByCountry.load(country.iso);
    return links.map((link) => link.initiative).filter((initiative) => !status || initiative.status === status);
  },
};
