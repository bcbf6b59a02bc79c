import { required } from "@gcm-hub/kit";
import type { LanguageProgrammeResolvers } from "../generated/graphql.js";
import { programmeFields } from "./IntegrationProgramme.js";

export const LanguageProgramme: LanguageProgrammeResolvers = {
  ...programmeFields,
  setting: (language) => required(language.languageSetting, `languageSetting of language programme ${language.code}`),
};
