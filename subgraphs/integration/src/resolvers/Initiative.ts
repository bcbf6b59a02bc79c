import type { IntegrationContext } from "../context.js";

interface InitiativeKey {
  code: string;
}

export const Initiative = {
  // Plan owns initiatives: this subgraph only knows the key and what it adds.
  __resolveReference: ({ code }: InitiativeKey) => ({ code }),

  integrationProgrammes: ({ code }: InitiativeKey, _: unknown, { loaders }: IntegrationContext) => loaders.programmesByInitiative.load(code),
};
