import type { Programme } from "../generated/prisma/client.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const LanguageProgramme = {
  ...programmeFields,
  setting: (language: Programme) => language.languageSetting,
};
