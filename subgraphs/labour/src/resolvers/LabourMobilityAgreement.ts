import { reportSource } from "@gcm-hub/kit";
import type { LabourMobilityAgreement as AgreementRow } from "../generated/prisma/client.js";
import type { LabourContext } from "../context.js";
import { countryRef, initiativeRef, objectiveRef } from "./references.js";

export const LabourMobilityAgreement = {
  pillar: (agreement: AgreementRow) => agreement.pillarNumber,

  countries: async (agreement: AgreementRow, _: unknown, { loaders }: LabourContext) =>
    (await loaders.countriesByAgreement.load(agreement.code)).map((link) => ({ country: countryRef(link.countryIso), role: link.role })),

  objectives: async (agreement: AgreementRow, _: unknown, { loaders }: LabourContext) =>
    (await loaders.objectivesByAgreement.load(agreement.code)).map((link) => objectiveRef(link.objectiveNumber)),

  initiative: (agreement: AgreementRow) => initiativeRef(agreement.initiativeCode),

  source: (agreement: AgreementRow) => reportSource(agreement.sourceRef, agreement.sourceQuote),
};
