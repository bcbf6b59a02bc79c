import { referenceResolvers } from "@gcm-hub/kit";
import type { CountryResolvers } from "../generated/graphql.js";

export const Country: CountryResolvers = {
  // plan owns countries: answer for any key with what this subgraph holds about it (possibly nothing).
  __resolveReference: referenceResolvers.Country,

  borderCooperation: async ({ iso }, { role }, { loaders }) => {
    const [projectLinks, protocolParties] = await Promise.all([loaders.projectsByCountry.load(iso), loaders.protocolsByCountry.load(iso)]);
    const projects = projectLinks.map((link) => ({ role: link.role, cooperation: link.project }));
    // A protocol signed by two bodies of the same country is listed once.
    const protocols = [...new Map(protocolParties.map((party) => [party.protocolCode, party.protocol])).values()].map((protocol) => ({
      role: "SIGNATORY" as const,
      cooperation: protocol,
    }));
    return [...projects, ...protocols].filter((involvement) => !role || involvement.role === role);
  },
};
