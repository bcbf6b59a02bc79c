// Seed records for the social subgraph: social security conventions, health access
// and social support for migrants, taken from the 2022 voluntary national report
// (../shared/seeds/000_c0d0c09c999250f2.txt). Country ISO codes and Initiative codes
// are plan's (subgraphs/plan/prisma/seed/report.ts).
import { NO_PERIOD, statedPeriod } from "@gcm-hub/kit";

import type { Prisma } from "../../src/generated/prisma/client.js";
import type { SocialSecurityConventionColumns } from "../../src/data/conventionColumns.js";
import type {
  HealthAccessMeasureSeed,
  HealthPlanSeed,
  SocialSupportMeasureSeed,
} from "./types.js";

// ---------------------------------------------------------------------------
// Social security conventions (Section II, Objective 22)
// ---------------------------------------------------------------------------

const OBJECTIVE_22 = "Section II, Objective 22";
const BILATERAL_NEGOTIATION_QUOTE = "New bilateral conventions are also being negotiated with Algeria, China and Israel";

/** One record per country for the new bilateral conventions being negotiated. */
function bilateralUnderNegotiation(code: string, iso: string, country: string, initiativeCode: string): SocialSecurityConventionColumns {
  return {
    code,
    name: `Bilateral social security convention with ${country}`,
    kind: "BILATERAL",
    status: "UNDER_NEGOTIATION",
    description: `New bilateral social security convention being negotiated with ${country}, for the portability of migrants' social protection rights and benefits acquired outside Portugal.`,
    objectiveNumber: 22,
    initiativeCode,
    countries: [{ countryIso: iso, role: "NEGOTIATING_PARTY" }],
    sourceRef: OBJECTIVE_22,
    sourceQuote: BILATERAL_NEGOTIATION_QUOTE,
  };
}

export const socialSecurityConventions: SocialSecurityConventionColumns[] = [
  {
    code: "IBERO_AMERICAN_MULTILATERAL",
    name: "Ibero-American Multilateral Convention on Social Security",
    kind: "MULTILATERAL",
    status: "IN_FORCE",
    description:
      "Multilateral convention on the portability of migrants' social protection rights and benefits acquired outside Portugal; it currently covers 12 countries.",
    objectiveNumber: 22,
    initiativeCode: "IBERO_AMERICAN_SOCIAL_SECURITY_CONVENTION",
    countries: [
      { countryIso: "PT", role: "COVERED" },
      { countryIso: "AR", role: "COVERED" },
      { countryIso: "BO", role: "COVERED" },
      { countryIso: "BR", role: "COVERED" },
      { countryIso: "CL", role: "COVERED" },
      { countryIso: "EC", role: "COVERED" },
      { countryIso: "SV", role: "COVERED" },
      { countryIso: "ES", role: "COVERED" },
      { countryIso: "PY", role: "COVERED" },
      { countryIso: "PE", role: "COVERED" },
      { countryIso: "DO", role: "COVERED" },
      { countryIso: "UY", role: "COVERED" },
    ],
    sourceRef: OBJECTIVE_22,
    sourceQuote:
      "the Ibero-American Multilateral Convention on Social Security currently covers 12 countries – Portugal, Argentina, Bolivia, Brazil, Chile, Ecuador, El Salvador, Spain, Paraguay, Peru, the Dominican Republic and Uruguay",
  },
  bilateralUnderNegotiation("BILATERAL_ALGERIA", "DZ", "Algeria", "SSC_ALGERIA"),
  bilateralUnderNegotiation("BILATERAL_CHINA", "CN", "China", "SSC_CHINA"),
  bilateralUnderNegotiation("BILATERAL_ISRAEL", "IL", "Israel", "SSC_ISRAEL"),
  {
    code: "BILATERAL_SERBIA",
    name: "Bilateral social security convention with Serbia",
    kind: "BILATERAL",
    status: "NEGOTIATION_FORESEEN",
    description: "Negotiations on a social security convention with Serbia are foreseen.",
    objectiveNumber: 22,
    initiativeCode: "SSC_SERBIA",
    countries: [{ countryIso: "RS", role: "FORESEEN_PARTY" }],
    sourceRef: OBJECTIVE_22,
    sourceQuote: "New bilateral conventions are also being negotiated with Algeria, China and Israel, and negotiations are foreseen with Serbia",
  },
];

// ---------------------------------------------------------------------------
// Health access (Section II, pandemic measures, bullet 2)
// ---------------------------------------------------------------------------

const VACCINATION_BULLET = "Section II, pandemic measures, bullet 2";

export const healthAccessMeasures: HealthAccessMeasureSeed[] = [
  {
    code: "COVID19_VACCINATION_PLAN",
    name: "COVID-19 Vaccination Plan",
    kind: "VACCINATION_PLAN",
    status: "IN_FORCE",
    description:
      "Vaccination plan in force since the end of 2020 that covers asylum seekers and irregular immigrants; around 600 thousand foreign citizens were vaccinated, ensuring significant support for group immunity.",
    startYear: 2020,
    coveredGroups: ["asylum seekers", "irregular immigrants"],
    partners: [],
    pandemicResponse: true,
    complementsCode: null,
    objectiveNumber: null,
    initiativeCode: "COVID19_VACCINATION_PLAN",
    sourceRef: VACCINATION_BULLET,
    sourceQuote:
      "The COVID-19 Vaccination Plan, which came into force at the end of 2020, covers asylum seekers and irregular immigrants, and it was possible to vaccinate around 600 thousand foreign citizens",
  },
  {
    code: "NHS_NUMBER_REGISTRATION_PLATFORM",
    name: "Online registration platform for citizens without an NHS number",
    kind: "REGISTRATION_PLATFORM",
    status: "IMPLEMENTED",
    description:
      "Online platform created to register citizens without an NHS number so that they could be vaccinated; it contributed to the allocation of over 45 thousand NHS numbers.",
    startYear: null,
    coveredGroups: ["citizens without an NHS number"],
    partners: [],
    pandemicResponse: true,
    complementsCode: "COVID19_VACCINATION_PLAN",
    objectiveNumber: null,
    initiativeCode: "NHS_NUMBER_REGISTRATION_PLATFORM",
    sourceRef: VACCINATION_BULLET,
    sourceQuote:
      "To achieve this scale, an online platform was created to register citizens without an NHS number, which contributed to the allocation of over 45 thousand NHS numbers.",
  },
  {
    code: "BUSINESS_COMMUNITY_VACCINATION",
    name: "Vaccination initiatives in partnership with the business community",
    kind: "VACCINATION_PARTNERSHIP",
    status: "IMPLEMENTED",
    description:
      "Complementary initiatives undertaken in partnership with the business community to ensure that everyone had access to vaccination.",
    startYear: null,
    coveredGroups: [],
    partners: ["business community"],
    pandemicResponse: true,
    complementsCode: "COVID19_VACCINATION_PLAN",
    objectiveNumber: null,
    initiativeCode: "COVID19_VACCINATION_PLAN",
    sourceRef: VACCINATION_BULLET,
    sourceQuote:
      "Complementary initiatives were also undertaken to ensure that everyone had access to vaccination, namely through initiatives in partnership with the business community",
  },
  {
    code: "AGRICULTURAL_WORKERS_COLLECTIVE_VACCINATION",
    name: "Collective vaccination of agricultural workers",
    kind: "COLLECTIVE_VACCINATION",
    status: "IMPLEMENTED",
    description:
      "Collective vaccination processes for agricultural workers, undertaken to ensure that everyone had access to vaccination.",
    startYear: null,
    coveredGroups: ["agricultural workers"],
    partners: [],
    pandemicResponse: true,
    complementsCode: "COVID19_VACCINATION_PLAN",
    objectiveNumber: null,
    initiativeCode: "COVID19_VACCINATION_PLAN",
    sourceRef: VACCINATION_BULLET,
    sourceQuote: "collective vaccination processes for agricultural workers",
  },
];

// ---------------------------------------------------------------------------
// Social support (Section II, pandemic measures, bullets 1 and 3)
// ---------------------------------------------------------------------------

export const socialSupportMeasures: SocialSupportMeasureSeed[] = [
  {
    code: "EXTRAORDINARY_PANDEMIC_SOCIAL_PROTECTION",
    name: "Extraordinary social protection measures and support mechanisms",
    kind: "EXTRAORDINARY_SUPPORT",
    status: "IMPLEMENTED",
    description:
      "Extraordinary measures and support mechanisms created by the Government within the scope of social protection, such as access to layoff, which ensured direct support to 153,000 foreign citizens in 2020 and 146,000 in 2021.",
    beneficiaries: "foreign citizens",
    instruments: ["access to layoff"],
    startYear: 2020,
    pandemicResponse: true,
    objectiveNumber: null,
    initiativeCode: "EXTRAORDINARY_SOCIAL_PROTECTION_SUPPORT",
    sourceRef: "Section II, pandemic measures, bullet 3",
    sourceQuote:
      "The extraordinary measures and support mechanisms created by the Government within the scope of social protection ensured direct support to 153,000 foreign citizens in 2020 and 146,000 in 2021, in measures such as access to layoff.",
  },
  {
    code: "FAMILY_BENEFITS_FOR_DESCENDANTS_OF_REGULARISED_CITIZENS",
    name: "Family benefits for descendants of citizens under the extraordinary regularisation",
    kind: "FAMILY_BENEFITS",
    status: "IN_FORCE",
    description:
      "With the extension of the temporary and extraordinary regularisation measure to foreign citizens with pending cases as of 31 December 2021, their descendants became eligible for family benefits.",
    beneficiaries: "descendants of foreign citizens with pending regularisation cases as of 31 December 2021",
    instruments: ["family benefits"],
    startYear: null,
    pandemicResponse: true,
    objectiveNumber: null,
    initiativeCode: "EXTRAORDINARY_REGULARISATION_EXTENSION",
    sourceRef: "Section II, pandemic measures, bullet 1",
    sourceQuote:
      "Extension of the temporary and extraordinary regularisation measure for foreign citizens with pending cases as of 31 December 2021, with a view to ensuring protection for all citizens residing in the territory, with their descendants becoming eligible for family benefits.",
  },
];

// ---------------------------------------------------------------------------
// Health plans (Section II, Objective 15, health paragraph)
// ---------------------------------------------------------------------------

export const healthPlans: HealthPlanSeed[] = [
  {
    code: "NATIONAL_HEALTH_PLAN_2021_2030",
    name: "National Health Plan 2021-2030",
    startYear: 2021,
    endYear: 2030,
    alignedWith: "Agenda 2030",
    goal: "ensure access to quality health and promote well-being for all",
    description:
      "National plan that foresees a strong fight against inequalities and health inequalities, regardless of an individual's migrant status.",
    objectiveNumber: 15,
    initiativeCode: "NATIONAL_HEALTH_PLAN_2021_2030",
    sourceRef: "Section II, Objective 15",
    sourceQuote:
      'In the area of Health, the National Health Plan 2021-2030, aligned with Agenda 2030, foresees a strong fight against inequalities and health inequalities to "ensure access to quality health and promote well-being for all", regardless of an individual\'s migrant status.',
  },
];

// ---------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------

export const observations: Prisma.ObservationCreateManyInput[] = [
  {
    code: "social.migrant_social_security_contributions",
    label: "Migrants' contributions to the Portuguese social security (more than; lower bound)",
    value: 800_000_000,
    unit: "euros",
    qualifier: "MORE_THAN",
    ...statedPeriod.during("2020", "2020", "in 2020", "in 2020 (during the global pandemic period)"),
    objectiveNumber: null,
    pandemicResponse: false,
    sourceRef: "Section I, paragraph 10",
    sourceQuote: "contributing (during the global pandemic period) more than 800 million euros to the Portuguese social security in 2020",
  },
  {
    code: "social.ibero_american_convention_countries",
    label: "Countries covered by the Ibero-American Multilateral Convention on Social Security",
    value: 12,
    unit: "countries",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: 22,
    pandemicResponse: false,
    sourceRef: OBJECTIVE_22,
    sourceQuote: "the Ibero-American Multilateral Convention on Social Security currently covers 12 countries",
  },
  {
    code: "social.covid19_foreign_citizens_vaccinated",
    label: "Foreign citizens vaccinated under the COVID-19 Vaccination Plan (around; approximate)",
    value: 600_000,
    unit: "people",
    qualifier: "APPROXIMATELY",
    ...NO_PERIOD,
    objectiveNumber: null,
    pandemicResponse: true,
    sourceRef: VACCINATION_BULLET,
    sourceQuote: "The COVID-19 Vaccination Plan, which came into force at the end of 2020, covers asylum seekers and irregular immigrants, and it was possible to vaccinate around 600 thousand foreign citizens",
  },
  {
    code: "social.nhs_numbers_allocated",
    label: "NHS numbers allocated, helped by the online platform for citizens without one (more than; lower bound)",
    value: 45_000,
    unit: "NHS numbers",
    qualifier: "MORE_THAN",
    ...NO_PERIOD,
    objectiveNumber: null,
    pandemicResponse: true,
    sourceRef: VACCINATION_BULLET,
    sourceQuote: "which contributed to the allocation of over 45 thousand NHS numbers",
  },
  {
    code: "social.pandemic_social_protection_support_2020",
    label: "Foreign citizens given direct support by the extraordinary social protection measures",
    value: 153_000,
    unit: "people",
    qualifier: "EXACT",
    ...statedPeriod.during("2020", "2020", "in 2020"),
    objectiveNumber: null,
    pandemicResponse: true,
    sourceRef: "Section II, pandemic measures, bullet 3",
    sourceQuote: "ensured direct support to 153,000 foreign citizens in 2020",
  },
  {
    code: "social.pandemic_social_protection_support_2021",
    label: "Foreign citizens given direct support by the extraordinary social protection measures",
    value: 146_000,
    unit: "people",
    qualifier: "EXACT",
    ...statedPeriod.during("2021", "2021", "in 2021"),
    objectiveNumber: null,
    pandemicResponse: true,
    sourceRef: "Section II, pandemic measures, bullet 3",
    sourceQuote: "ensured direct support to 153,000 foreign citizens in 2020 and 146,000 in 2021",
  },
];
