import type { BorderContext } from "../context.js";
import { isObjectiveNumber } from "@gcm-hub/kit";

type ObjectiveKey = { number: number };

const rows = <Row>(links: { row: Row }[]) => links.map((link) => link.row);

export const Objective = {
  // plan owns objectives; their numbers are a fixed range, so anything else is no objective at all.
  __resolveReference: ({ number }: ObjectiveKey) => (isObjectiveNumber(number) ? { number } : null),

  borderFigures: ({ number }: ObjectiveKey, _: unknown, { loaders }: BorderContext) => loaders.figuresByObjective.load(number),

  borderProjects: async ({ number }: ObjectiveKey, _: unknown, { loaders }: BorderContext) =>
    rows(await loaders.projectsByObjective.load(number)),

  borderProtocols: async ({ number }: ObjectiveKey, _: unknown, { loaders }: BorderContext) =>
    rows(await loaders.protocolsByObjective.load(number)),

  borderSystems: async ({ number }: ObjectiveKey, _: unknown, { loaders }: BorderContext) => rows(await loaders.systemsByObjective.load(number)),

  borderFacilities: async ({ number }: ObjectiveKey, _: unknown, { loaders }: BorderContext) =>
    rows(await loaders.facilitiesByObjective.load(number)),

  borderPolicyDocuments: async ({ number }: ObjectiveKey, _: unknown, { loaders }: BorderContext) =>
    rows(await loaders.policyDocumentsByObjective.load(number)),

  documentationMeasures: async ({ number }: ObjectiveKey, _: unknown, { loaders }: BorderContext) =>
    rows(await loaders.documentationMeasuresByObjective.load(number)),

  traffickingReferralSystems: async ({ number }: ObjectiveKey, _: unknown, { loaders }: BorderContext) =>
    rows(await loaders.referralSystemsByObjective.load(number)),
};
