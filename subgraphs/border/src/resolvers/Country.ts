import type { BorderContext } from "../context.js";
import type { BorderCountryRole } from "../generated/prisma/enums.js";

type CountryKey = { iso: string };

export const Country = {
  // plan owns countries: answer for any key with what this subgraph holds about it (possibly nothing).
  __resolveReference: ({ iso }: CountryKey) => ({ iso }),

  borderCooperation: async ({ iso }: CountryKey, { role }: { role?: BorderCountryRole | null }, { loaders }: BorderContext) => {
    const [projectLinks, protocolParties] = await Promise.all([loaders.projectsByCountry.load(iso), loaders.protocolsByCountry.load(iso)]);
    const projects = projectLinks.map((link) => ({ role: link.role, cooperation: { __typename: "BorderProject" as const, ...link.project } }));
    // A protocol signed by two bodies of the same country is listed once.
    const protocols = [...new Map(protocolParties.map((party) => [party.protocolCode, party.protocol])).values()].map((protocol) => ({
      role: "SIGNATORY" as const,
      cooperation: { __typename: "BorderProtocol" as const, ...protocol },
    }));
    return [...projects, ...protocols].filter((involvement) => !role || involvement.role === role);
  },
};
