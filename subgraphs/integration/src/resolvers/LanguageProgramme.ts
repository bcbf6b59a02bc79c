import { storedNonNull } from "@gcm-hub/kit";
import type { LanguageProgrammeResolvers } from "../generated/graphql.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const LanguageProgramme: LanguageProgrammeResolvers = {
  ...programmeFields,
  setting: (language) => storedNonNull(language.languageSetting, `languageSetting of language programme ${language.code}`),
};
