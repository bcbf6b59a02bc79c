import type { BorderContext } from "../context.js";

type InitiativeKey = { code: string };

export const Initiative = {
  // plan owns initiatives: answer for any key with the border records that detail it (possibly none).
  __resolveReference: ({ code }: InitiativeKey) => ({ code }),

  borderProjects: ({ code }: InitiativeKey, _: unknown, { loaders }: BorderContext) => loaders.projectsByInitiative.load(code),
  borderProtocols: ({ code }: InitiativeKey, _: unknown, { loaders }: BorderContext) => loaders.protocolsByInitiative.load(code),
  borderSystems: ({ code }: InitiativeKey, _: unknown, { loaders }: BorderContext) => loaders.systemsByInitiative.load(code),
  borderFacilities: ({ code }: InitiativeKey, _: unknown, { loaders }: BorderContext) => loaders.facilitiesByInitiative.load(code),
  borderPolicyDocuments: ({ code }: InitiativeKey, _: unknown, { loaders }: BorderContext) => loaders.policyDocumentsByInitiative.load(code),
  documentationMeasures: ({ code }: InitiativeKey, _: unknown, { loaders }: BorderContext) =>
    loaders.documentationMeasuresByInitiative.load(code),
  regularisationMeasures: ({ code }: InitiativeKey, _: unknown, { loaders }: BorderContext) =>
    loaders.regularisationMeasuresByInitiative.load(code),
  traffickingReferralSystems: ({ code }: InitiativeKey, _: unknown, { loaders }: BorderContext) =>
    loaders.referralSystemsByInitiative.load(code),
};
