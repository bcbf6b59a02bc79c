// Seed records for the diaspora subgraph: the Secretary of State for Portuguese
// Communities and, as the foreign-affairs department (MNE), development cooperation
// and international engagement, taken from the 2022 voluntary national report
// (../shared/seeds/000_c0d0c09c999250f2.txt). Nothing here goes beyond the report.
import { NO_PERIOD, statedPeriod } from "@gcm-hub/kit";

import type { Prisma } from "../../src/generated/prisma/client.js";
import type { CooperationAgreementColumns } from "../../src/data/agreementColumns.js";
import type {
  ConsularServiceModelSeed,
  DevelopmentProjectSeed,
  DiasporaProgrammeSeed,
  InternationalEngagementSeed,
  RemittanceAssessmentSeed,
  ReturnProgrammeSeed,
  SupportOfficeNetworkSeed,
} from "./types.js";

// ---------------------------------------------------------------------------
// Figures (observations), each with the report's own words
// ---------------------------------------------------------------------------

const CONSULAR_MODEL_QUOTE =
  "Serving 10 countries in Europe, by the end of 2021, it had received and handled over a million telephone and email contacts.";
const GAE_QUOTE =
  "with 187 GAE protocols with municipalities (+30% of geographical coverage since 2020) at the end of 2021, and this expansion of the network is ongoing";
const SUMMER_SCHOOL_QUOTE =
  'in 2021 Turismo de Portugal launched the 1st edition of the Online Summer School 2021 for people of Portuguese descent living outside Portugal, which included 5 "schools" to promote regional tourism with contents in Portuguese and English. 534 people of Portuguese descent from 46 different countries were involved in this initiative.';

export const observations: Prisma.ObservationCreateManyInput[] = [
  {
    code: "diaspora.diaspora_investor_statuses_attributed",
    label: "Diaspora Investor Statuses attributed under the National Diaspora Investment Support Programme (more than; a lower bound)",
    value: 200,
    unit: "statuses",
    qualifier: "MORE_THAN",
    ...NO_PERIOD,
    objectiveNumber: null,
    pandemicResponse: false,
    sourceRef: "Section I, pillar IV",
    sourceQuote: "The National Diaspora Investment Support Programme launched in 2020, and which seeks to encourage the return and investment of the Diaspora in Portugal, as also to benefit from the presence of Portuguese communities overseas, has already enabled the attribution of over 200 Diaspora Investor Statuses",
  },
  {
    code: "diaspora.consular_model_countries_served",
    label: "Countries in Europe served by the new consular management model",
    value: 10,
    unit: "countries",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: 4,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 4",
    sourceQuote: CONSULAR_MODEL_QUOTE,
  },
  {
    code: "diaspora.consular_model_contacts_handled",
    label: "Telephone and email contacts received and handled by the new consular management model (more than a million; a lower bound)",
    value: 1_000_000,
    unit: "contacts",
    qualifier: "MORE_THAN",
    ...statedPeriod.upTo("2021-12", "by the end of 2021"),
    objectiveNumber: 4,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 4",
    sourceQuote: CONSULAR_MODEL_QUOTE,
  },
  {
    code: "diaspora.gae_municipal_protocols",
    label: "Emigrant Support Office (GAE) protocols with municipalities",
    value: 187,
    unit: "protocols",
    qualifier: "EXACT",
    ...statedPeriod.asOf("2021-12", "at the end of 2021"),
    objectiveNumber: 14,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 14",
    sourceQuote: GAE_QUOTE,
  },
  {
    code: "diaspora.gae_geographical_coverage_growth",
    label: "Growth in the geographical coverage of the Emigrant Support Office (GAE) network",
    value: 30,
    unit: "percent",
    qualifier: "EXACT",
    ...statedPeriod.since("2020", "since 2020"),
    objectiveNumber: 14,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 14",
    sourceQuote: GAE_QUOTE,
  },
  {
    code: "diaspora.summer_school_schools",
    label: "\"Schools\" promoting regional tourism in the Online Summer School 2021 (Turismo de Portugal's, as the report credits it; recorded by diaspora)",
    value: 5,
    unit: "schools",
    qualifier: "EXACT",
    ...statedPeriod.during("2021", "2021", "in 2021", "in 2021 (1st edition)"),
    objectiveNumber: 19,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 19",
    sourceQuote: SUMMER_SCHOOL_QUOTE,
  },
  {
    code: "diaspora.summer_school_participants",
    label: "People of Portuguese descent involved in the Online Summer School 2021 (Turismo de Portugal's, as the report credits it; recorded by diaspora)",
    value: 534,
    unit: "people",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: 19,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 19",
    sourceQuote: SUMMER_SCHOOL_QUOTE,
  },
  {
    code: "diaspora.summer_school_participant_countries",
    label: "Countries the Online Summer School 2021 participants came from (Turismo de Portugal's, as the report credits it; recorded by diaspora)",
    value: 46,
    unit: "countries",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: 19,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 19",
    sourceQuote: SUMMER_SCHOOL_QUOTE,
  },
  {
    code: "diaspora.arvore_vii_beneficiaries",
    label: "Migrants who benefited from the Voluntary Return and Reintegration Support Programme (ARVoRe VII), promoted by the IOM (recorded by diaspora)",
    value: 453,
    unit: "migrants",
    qualifier: "EXACT",
    ...statedPeriod.during("2020", "2021", "Between 2020 and 2021", "between 2020 and 2021"),
    objectiveNumber: 21,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 21",
    sourceQuote:
      "Between 2020 and 2021, 453 migrants benefited from the Voluntary Return and Reintegration Support Programme (ARVoRe VII) promoted by the IOM",
  },
  {
    code: "diaspora.jumbo_meeting_years_since_previous",
    label: "Years without an informal 'jumbo' meeting of EU Foreign Affairs and Home Affairs Ministers before the one held under the PPUE",
    value: 6,
    unit: "years",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    pandemicResponse: false,
    sourceRef: "Section II, PPUE paragraph",
    sourceQuote:
      "the informal 'jumbo' meeting of EU Foreign Affairs Ministers and Home Affairs Ministers, which had not occurred for six years",
  },
];

// ---------------------------------------------------------------------------
// Development cooperation (Section II, Objective 2)
// ---------------------------------------------------------------------------

const TRIANGULAR_PARTNERS = ["AR", "BR", "CL", "CO", "EG", "SV", "IL", "MA", "PE", "UY"];

export const cooperationAgreements: CooperationAgreementColumns[] = [
  {
    code: "STRATEGIC_COOPERATION_PROGRAMMES",
    name: "Strategic Cooperation Programmes (SCPs)",
    kind: "STRATEGIC_COOPERATION_PROGRAMME",
    status: "ACTIVE",
    purpose:
      "Build, develop and consolidate national capacities in partner countries, combating the root causes of migration and forced displacement, towards the eradication of poverty, sustainable development and the 2030 Agenda.",
    description:
      "Portugal's Strategic Cooperation Programmes, which the report says play an important role, with the Triangular Cooperation Agreements, in combating the root causes of migration and forced displacement in partner countries. The report does not name their partner countries.",
    countries: [],
    objectiveNumbers: [2],
    initiativeCode: "STRATEGIC_COOPERATION_PROGRAMMES",
    sourceRef: "Section II, Objective 2",
    sourceQuote:
      "The Strategic Cooperation Programmes (SCPs) and Triangular Cooperation Agreements play an important role in this regard.",
  },
  {
    code: "TRIANGULAR_COOPERATION_MEMORANDA",
    name: "Memoranda of Understanding for Triangular Cooperation",
    kind: "TRIANGULAR_COOPERATION_MEMORANDUM",
    status: "ACTIVE",
    purpose: "Implement triangular initiatives to promote sustainable development in third countries.",
    description:
      "Memoranda of Understanding for Triangular Cooperation that Portugal has with countries such as Argentina, Brazil, Chile, Colombia, Egypt, El Salvador, Israel, Morocco, Peru and Uruguay (the report's list is introduced by 'such as', so it may not be complete).",
    countries: TRIANGULAR_PARTNERS.map((countryIso) => ({ countryIso, role: "TRIANGULAR_COOPERATION_PARTNER" })),
    objectiveNumbers: [2],
    initiativeCode: "TRIANGULAR_COOPERATION_MOUS",
    sourceRef: "Section II, Objective 2",
    sourceQuote:
      "Portugal has Memoranda of Understanding for Triangular Cooperation with countries such as Argentina, Brazil, Chile, Colombia, Egypt, El Salvador, Israel, Morocco, Peru and Uruguay, with a view to implementing triangular initiatives to promote sustainable development in third countries",
  },
];

export const developmentProjects: DevelopmentProjectSeed[] = [
  {
    code: "MOZAMBIQUE_CABO_DELGADO_DEVELOPMENT_SUPPORT",
    name: "Development support projects in Mozambique (Cabo Delgado)",
    focus: "ECONOMIC_OPPORTUNITIES",
    portugalRole: "MANAGES_AND_CO_FINANCES",
    region: "Cabo Delgado",
    status: "ACTIVE",
    description:
      "Development support projects that Portugal manages and co-finances in Mozambique to increase economic opportunities in the Cabo Delgado region.",
    countries: [{ countryIso: "MZ", role: "PROJECT_LOCATION" }],
    objectiveNumbers: [2],
    initiativeCode: "DEV_PROJECTS_MOZAMBIQUE",
    sourceRef: "Section II, Objective 2",
    sourceQuote:
      "Portugal manages and co-finances development support projects, notably in Mozambique, in order to increase economic opportunities in the Cabo Delgado region",
  },
  {
    code: "CABO_VERDE_GUINEA_BISSAU_SECURITY_MIGRATION_SUPPORT",
    name: "Development support projects in Cabo Verde and Guinea-Bissau",
    focus: "SECURITY_AND_MIGRATION_MANAGEMENT",
    portugalRole: "MANAGES_AND_CO_FINANCES",
    region: null,
    status: "ACTIVE",
    description:
      "Development support projects that Portugal manages and co-finances in Cabo Verde and Guinea-Bissau to improve security levels and migration management.",
    countries: [
      { countryIso: "CV", role: "PROJECT_LOCATION" },
      { countryIso: "GW", role: "PROJECT_LOCATION" },
    ],
    objectiveNumbers: [2],
    initiativeCode: "DEV_PROJECTS_CABO_VERDE_GUINEA_BISSAU",
    sourceRef: "Section II, Objective 2",
    sourceQuote:
      "Portugal manages and co-finances development support projects, notably in Mozambique, in order to increase economic opportunities in the Cabo Delgado region; in Cape Verde and Guinea Bissau in order to improve security levels and migration management",
  },
  {
    code: "VOCATIONAL_TRAINING_COOPERATION",
    name: "Cooperation in vocational training",
    focus: "VOCATIONAL_TRAINING",
    portugalRole: "COOPERATES",
    region: null,
    status: "ACTIVE",
    description:
      "Active cooperation in the area of vocational training with Sao Tome and Principe, Cabo Verde, Mozambique, Angola and Timor-Leste, part of Portugal's development cooperation under Objective 2.",
    countries: ["ST", "CV", "MZ", "AO", "TL"].map((countryIso) => ({ countryIso, role: "VOCATIONAL_TRAINING_PARTNER" })),
    objectiveNumbers: [2],
    initiativeCode: "VOCATIONAL_TRAINING_COOPERATION",
    sourceRef: "Section II, Objective 2",
    sourceQuote:
      "There is also active cooperation in the area of vocational training with Sao Tome and Principe, Cape Verde, Mozambique, Angola and East Timor.",
  },
];

// ---------------------------------------------------------------------------
// Consular protection and emigrant support (Section II, Objectives 4 and 14)
// ---------------------------------------------------------------------------

export const consularServiceModels: ConsularServiceModelSeed[] = [
  {
    code: "NEW_CONSULAR_MANAGEMENT_MODEL",
    name: "New consular management model",
    serviceQualities: ["dematerialised", "simplified", "standard"],
    area: "Europe",
    status: "ACTIVE",
    description:
      "Consular management model, optimised to ensure a dematerialised, simplified and standard service for the different consular acts. Serving 10 countries in Europe, it had received and handled over a million telephone and email contacts by the end of 2021. Objective 14 names its optimisation as part of consular protection for emigrants and immigrants.",
    objectiveNumbers: [4, 14],
    figureCodes: ["diaspora.consular_model_contacts_handled", "diaspora.consular_model_countries_served"],
    initiativeCode: "NEW_CONSULAR_MANAGEMENT_MODEL",
    sourceRef: "Section II, Objective 4",
    sourceQuote:
      "the new consular management model has been optimised, seeking to ensure a dematerialised, simplified and standard service for the different consular acts",
  },
];

export const supportOfficeNetworks: SupportOfficeNetworkSeed[] = [
  {
    code: "GAE_NETWORK",
    name: "Network of Emigrant Support Offices (GAE)",
    departmentCode: "GAE",
    protocolPartners: "municipalities",
    audiences: ["RETURNING_EMIGRANTS", "PROSPECTIVE_EMIGRANTS"],
    status: "EXPANDING",
    description:
      "Network of Emigrant Support Offices supporting emigrants who intend to return to Portugal and Portuguese citizens intending to emigrate; extended to 187 GAE protocols with municipalities at the end of 2021 (+30% geographical coverage since 2020), and the expansion is ongoing.",
    objectiveNumbers: [14],
    figureCodes: ["diaspora.gae_geographical_coverage_growth", "diaspora.gae_municipal_protocols"],
    initiativeCode: "GAE_NETWORK_EXTENSION",
    sourceRef: "Section II, Objective 14",
    sourceQuote:
      "the network of Emigrant Support Offices (GAE) has been extended, providing support to emigrants who intend to return to Portugal as well as to Portuguese citizens intending to emigrate",
  },
];

// ---------------------------------------------------------------------------
// Diaspora programmes (Section I, pillar IV; Section II, Objective 19)
// ---------------------------------------------------------------------------

export const diasporaProgrammes: DiasporaProgrammeSeed[] = [
  {
    code: "NATIONAL_DIASPORA_INVESTMENT_SUPPORT_PROGRAMME",
    name: "National Diaspora Investment Support Programme",
    kind: "INVESTMENT_SUPPORT_PROGRAMME",
    year: 2020,
    edition: null,
    leadDepartmentCode: null,
    audiences: ["DIASPORA"],
    languages: [],
    status: "ACTIVE",
    description:
      "Programme launched in 2020 to encourage the return and investment of the Diaspora in Portugal and to benefit from the presence of Portuguese communities overseas; it has already enabled the attribution of over 200 Diaspora Investor Statuses. It is the report's headline achievement for pillar IV (support for migrants' attachment to their country of origin).",
    objectiveNumbers: [],
    figureCodes: ["diaspora.diaspora_investor_statuses_attributed"],
    initiativeCode: "NATIONAL_DIASPORA_INVESTMENT_SUPPORT_PROGRAMME",
    sourceRef: "Section I, pillar IV",
    sourceQuote:
      "The National Diaspora Investment Support Programme launched in 2020, and which seeks to encourage the return and investment of the Diaspora in Portugal, as also to benefit from the presence of Portuguese communities overseas",
  },
  {
    code: "ONLINE_SUMMER_SCHOOL_2021",
    name: "Online Summer School 2021",
    kind: "SUMMER_SCHOOL",
    year: 2021,
    edition: 1,
    leadDepartmentCode: "TURISMO_DE_PORTUGAL",
    audiences: ["PEOPLE_OF_PORTUGUESE_DESCENT"],
    languages: ["Portuguese", "English"],
    status: "COMPLETED",
    description:
      "1st edition, launched by Turismo de Portugal in 2021, for people of Portuguese descent living outside Portugal: 5 \"schools\" promoting regional tourism with contents in Portuguese and English, involving 534 people of Portuguese descent from 46 countries.",
    objectiveNumbers: [19],
    figureCodes: ["diaspora.summer_school_participant_countries", "diaspora.summer_school_participants", "diaspora.summer_school_schools"],
    initiativeCode: "ONLINE_SUMMER_SCHOOL_2021",
    sourceRef: "Section II, Objective 19",
    sourceQuote:
      "in 2021 Turismo de Portugal launched the 1st edition of the Online Summer School 2021 for people of Portuguese descent living outside Portugal",
  },
  {
    code: "DIASPORA_INVESTMENT_GUIDE",
    name: "Guide to Support Investment in the Diaspora",
    kind: "INVESTMENT_GUIDE",
    year: 2021,
    edition: null,
    leadDepartmentCode: null,
    audiences: ["PORTUGUESE_EMIGRANTS", "PEOPLE_OF_PORTUGUESE_DESCENT", "NATIONAL_ENTREPRENEURS"],
    languages: [],
    status: "COMPLETED",
    description:
      "Guide published in 2021 to facilitate and clarify investment opportunities in the diaspora for Portuguese emigrants and people of Portuguese descent living abroad, and for national entrepreneurs seeking to internationalise their businesses through the diaspora.",
    objectiveNumbers: [19],
    figureCodes: [],
    initiativeCode: "DIASPORA_INVESTMENT_GUIDE",
    sourceRef: "Section II, Objective 19",
    sourceQuote:
      "2021 saw the publication of the Guide to Support Investment in the Diaspora, which aims to facilitate and clarify investment opportunities in the diaspora, both for Portuguese emigrants and people of Portuguese descent living abroad, as well as national entrepreneurs seeking to internationalise their businesses through the diaspora",
  },
];

// ---------------------------------------------------------------------------
// Remittances and voluntary return (Section II, Objectives 20 and 21)
// ---------------------------------------------------------------------------

export const remittanceAssessments: RemittanceAssessmentSeed[] = [
  {
    code: "REMITTANCE_TRANSFER_DIFFICULTIES_ASSESSMENT",
    name: "Assessment of migrants' problems and difficulties in transferring remittances",
    purpose: "Ensure the monitoring of remittance transfers to migrants' countries of origin, for the financial inclusion of migrants.",
    status: "COMPLETED",
    description:
      "Assessment, carried out to promote remittance transfers and migrants' financial inclusion, of the problems and difficulties migrants have in transferring remittances to their countries of origin.",
    objectiveNumbers: [20],
    initiativeCode: "REMITTANCES_ASSESSMENT",
    sourceRef: "Section II, Objective 20",
    sourceQuote:
      "an assessment of migrants' problems and difficulties in transferring remittances to their countries of origin was carried out to ensure the monitoring of the implementation of this process",
  },
];

export const returnProgrammes: ReturnProgrammeSeed[] = [
  {
    code: "ARVORE_VII",
    name: "Voluntary Return and Reintegration Support Programme (ARVoRe VII)",
    acronym: "ARVoRe VII",
    promoterCode: "IOM",
    referralPartnerCodes: ["CNAIM"],
    status: "ACTIVE",
    description:
      "Programme promoted by the IOM to support migrants who wish to return voluntarily to their countries of origin and their reintegration; 453 migrants benefited between 2020 and 2021. The CNAIMs refer cases to it.",
    objectiveNumbers: [21],
    figureCodes: ["diaspora.arvore_vii_beneficiaries"],
    initiativeCode: "ARVORE_VII",
    sourceRef: "Section II, Objective 21",
    sourceQuote:
      "453 migrants benefited from the Voluntary Return and Reintegration Support Programme (ARVoRe VII) promoted by the IOM, which aims to support migrants who wish to return voluntarily, enabling them to be supported in their reintegration",
  },
];

// ---------------------------------------------------------------------------
// International engagement: forums (Objective 23), the PPUE, IMRF preparation
// ---------------------------------------------------------------------------

const FORUMS_QUOTE_START = "Portugal has participated in several Forums such as: Champion Country consultations";
const UNGA_QUOTE =
  "negotiation, on behalf of the EU, of the United Nations General Assembly resolutions International Migration and Development and Protection of Migrants";
const IMRF_EVENTS_QUOTE =
  "the co-organisation of three bilateral events, on the 100 days prior to the IMRF, on migrants' health and on alternatives to detention";
const PPUE_PERIOD = "first semester of 2021";

/** A forum of Objective 23 in which Portugal has participated. */
function forum(code: string, name: string, description: string, sourceQuote: string, year: number | null = null): InternationalEngagementSeed {
  return {
    code,
    name,
    kind: "FORUM_PARTICIPATION",
    portugalRole: "PARTICIPANT",
    status: "COMPLETED",
    year,
    timeframe: year === null ? null : String(year),
    description,
    parentCode: null,
    objectiveNumbers: [23],
    figureCodes: [],
    initiativeCode: "GCM_FORUMS_PARTICIPATION",
    sourceRef: "Section II, Objective 23",
    sourceQuote,
  };
}

/** A UN General Assembly resolution Portugal negotiated on behalf of the EU (Objective 23). */
function ungaResolution(code: string, title: string): InternationalEngagementSeed {
  return {
    code,
    name: `United Nations General Assembly resolution "${title}"`,
    kind: "UN_RESOLUTION_NEGOTIATION",
    portugalRole: "NEGOTIATOR_ON_BEHALF_OF_THE_EU",
    status: "COMPLETED",
    year: null,
    timeframe: null,
    description: `Portugal negotiated, on behalf of the EU, the United Nations General Assembly resolution "${title}".`,
    parentCode: null,
    objectiveNumbers: [23],
    figureCodes: [],
    initiativeCode: "GCM_FORUMS_PARTICIPATION",
    sourceRef: "Section II, Objective 23",
    sourceQuote: UNGA_QUOTE,
  };
}

/** An outcome of the Portuguese Presidency of the Council of the EU (first semester of 2021). */
function presidencyOutcome(
  seed: Pick<InternationalEngagementSeed, "code" | "name" | "description" | "sourceQuote" | "initiativeCode" | "figureCodes"> & {
    status?: InternationalEngagementSeed["status"];
  },
): InternationalEngagementSeed {
  return {
    kind: "EU_COUNCIL_PRESIDENCY",
    portugalRole: "COUNCIL_PRESIDENCY",
    status: "COMPLETED",
    year: 2021,
    timeframe: PPUE_PERIOD,
    parentCode: "PPUE_2021",
    objectiveNumbers: [],
    sourceRef: "Section II, PPUE paragraph",
    ...seed,
  };
}

/** A bilateral event Portugal co-organised in preparation of the IMRF. */
function imrfEvent(code: string, subject: string): InternationalEngagementSeed {
  return {
    code,
    name: `Bilateral event on ${subject}`,
    kind: "IMRF_PREPARATION",
    portugalRole: "CO_ORGANISER",
    status: "COMPLETED",
    year: null,
    timeframe: "preparation of the first IMRF",
    description: `One of three bilateral events Portugal co-organised in preparation of the first International Migration Review Forum (IMRF), on ${subject}.`,
    parentCode: null,
    objectiveNumbers: [],
    figureCodes: [],
    initiativeCode: "IMRF_PREPARATORY_DIALOGUES_AND_EVENTS",
    sourceRef: "Section III, IMRF preparation, bullet 4",
    sourceQuote: IMRF_EVENTS_QUOTE,
  };
}

/** A joint declaration Portugal endorsed in preparation of the IMRF. */
function jointDeclaration(code: string, name: string, description: string, sourceQuote: string): InternationalEngagementSeed {
  return {
    code,
    name,
    kind: "JOINT_DECLARATION",
    portugalRole: "ENDORSER",
    status: "COMPLETED",
    year: null,
    timeframe: "preparation of the first IMRF",
    description,
    parentCode: null,
    objectiveNumbers: [],
    figureCodes: [],
    initiativeCode: "IMRF_JOINT_DECLARATIONS",
    sourceRef: "Section III, IMRF preparation, bullet 5",
    sourceQuote,
  };
}

export const internationalEngagements: InternationalEngagementSeed[] = [
  {
    code: "GCM_CHAMPION_COUNTRY",
    name: "Champion Country in the implementation of the GCM",
    kind: "CHAMPION_COUNTRY",
    portugalRole: "CHAMPION_COUNTRY",
    status: "ONGOING",
    year: null,
    timeframe: null,
    description:
      "Portugal is a Champion Country in the implementation of the Global Compact for Migration; from this position it cooperates and exchanges experiences and best practices in international forums.",
    parentCode: null,
    objectiveNumbers: [23],
    figureCodes: [],
    initiativeCode: null,
    sourceRef: "Section II, Objective 23",
    sourceQuote:
      "Considering its Champion position in the implementation of the GCM and with a view to cooperating and exchanging experiences and best practices",
  },
  forum(
    "CHAMPION_COUNTRY_CONSULTATIONS",
    "Champion Country consultations",
    "Consultations among the Champion Countries of the GCM, in which Portugal has participated.",
    FORUMS_QUOTE_START,
  ),
  forum(
    "FRIENDS_OF_MIGRATION_MEETINGS",
    "Meetings of the Friends of Migration group",
    "Portugal has participated in the meetings of the Friends of Migration group.",
    "in the meetings of the Friends of Migration group",
  ),
  forum(
    "UN_MIGRATION_NETWORK_WORKING_GROUPS",
    "Working groups of the United Nations Migration Network",
    "Portugal has participated in several working groups of the United Nations Migration Network and shared best practices on migrants' access to services within the Network.",
    "in several working groups of the United Nations Migration Network; sharing best practices regarding access to services by migrants within the scope of the Migration Network",
  ),
  forum(
    "GFMD_MEETINGS",
    "Meetings of the Global Forum on Migration and Development (GFMD)",
    "Portugal has participated in the meetings of the Global Forum on Migration and Development.",
    "participation in the meetings of the Global Forum on Migration and Development",
  ),
  forum(
    "GLOBAL_FORUM_RESPONSIBLE_RECRUITMENT_2021",
    "Global Forum for Responsible Recruitment 2021",
    "Portugal participated in the Global Forum for Responsible Recruitment 2021.",
    "participation in the Global Forum for Responsible Recruitment 2021",
    2021,
  ),
  ungaResolution("UNGA_RESOLUTION_INTERNATIONAL_MIGRATION_AND_DEVELOPMENT", "International Migration and Development"),
  ungaResolution("UNGA_RESOLUTION_PROTECTION_OF_MIGRANTS", "Protection of Migrants"),
  {
    code: "PPUE_2021",
    name: "Portuguese Presidency of the Council of the European Union (PPUE)",
    kind: "EU_COUNCIL_PRESIDENCY",
    portugalRole: "COUNCIL_PRESIDENCY",
    status: "COMPLETED",
    year: 2021,
    timeframe: PPUE_PERIOD,
    description:
      "Portugal held the Presidency of the Council of the EU in the first semester of 2021 and sought a humanistic and holistic approach to migration and progress towards a safe Europe, focused on prevention and protection and on the EU's fundamental values.",
    parentCode: null,
    objectiveNumbers: [],
    figureCodes: [],
    initiativeCode: null,
    sourceRef: "Section II, PPUE paragraph",
    sourceQuote:
      "Portugal assumed the Presidency of the Council of the European Union (PPUE) in the first semester of 2021, under which it sought to develop efforts to materialise a humanistic and holistic approach to migration",
  },
  presidencyOutcome({
    code: "PPUE_JUMBO_MEETING",
    name: "Informal 'jumbo' meeting of EU Foreign Affairs and Home Affairs Ministers",
    description:
      "Informal meeting of EU Foreign Affairs and Home Affairs Ministers, the first in six years, in which the Ministers discussed comprehensive and mutually beneficial partnerships with third countries, as called for in the New Pact on Migration and Asylum.",
    figureCodes: ["diaspora.jumbo_meeting_years_since_previous"],
    initiativeCode: "PPUE_JUMBO_MEETING",
    sourceQuote:
      "the informal 'jumbo' meeting of EU Foreign Affairs Ministers and Home Affairs Ministers, which had not occurred for six years, was an important step in the acknowledgement of migration as a matter of concern within the EU's internal and external policies",
  }),
  presidencyOutcome({
    code: "BLUE_CARD_DIRECTIVE_REVISION",
    name: "Revision of the Blue Card directive",
    description:
      "Revision of the Blue Card directive, approved during the PPUE, to promote legal migration channels for highly qualified third-country nationals.",
    figureCodes: [],
    initiativeCode: "BLUE_CARD_DIRECTIVE_REVISION",
    sourceQuote:
      "During the PPUE the revision of the Blue Card directive was also approved and sought to promote legal migration channels for highly qualified third-country nationals",
  }),
  presidencyOutcome({
    code: "EUAA_REGULATION_PROVISIONAL_AGREEMENT",
    name: "Provisional agreement on the Regulation establishing the European Union Agency for Asylum",
    description:
      "Provisional agreement reached between the Presidency of the Council of the EU and the European Parliament on the Regulation establishing the European Union Agency for Asylum.",
    status: "PROVISIONALLY_AGREED",
    figureCodes: [],
    initiativeCode: "EUAA_REGULATION_PROVISIONAL_AGREEMENT",
    sourceQuote:
      "A provisional agreement was also reached between the Presidency of the Council of the EU and the European Parliament on the Regulation establishing the European Union Agency for Asylum",
  }),
  presidencyOutcome({
    code: "EU_INTEGRATION_DIALOGUE_REACTIVATION",
    name: "Reactivation of EU dialogue and discussion arenas on migrant integration policies",
    description: "Different dialogue and discussion arenas on integration policies for migrants within the Union were reactivated during the PPUE.",
    figureCodes: [],
    initiativeCode: "EU_INTEGRATION_DIALOGUE_REACTIVATION",
    sourceQuote: "different dialogue and discussion arenas regarding integration policies for migrants within the Union were reactivated",
  }),
  {
    code: "IMRF_PREPARATORY_DIALOGUES",
    name: "Preparatory dialogues of the first International Migration Review Forum (IMRF)",
    kind: "IMRF_PREPARATION",
    portugalRole: "PARTICIPANT",
    status: "COMPLETED",
    year: null,
    timeframe: "preparation of the first IMRF",
    description: "Portugal took active part in the preparatory dialogues of the first International Migration Review Forum.",
    parentCode: null,
    objectiveNumbers: [],
    figureCodes: [],
    initiativeCode: "IMRF_PREPARATORY_DIALOGUES_AND_EVENTS",
    sourceRef: "Section III, IMRF preparation, bullet 4",
    sourceQuote: "Active participation in the preparatory dialogues",
  },
  imrfEvent("IMRF_EVENT_100_DAYS_PRIOR", "the 100 days prior to the IMRF"),
  imrfEvent("IMRF_EVENT_MIGRANTS_HEALTH", "migrants' health"),
  imrfEvent("IMRF_EVENT_ALTERNATIVES_TO_DETENTION", "alternatives to detention"),
  jointDeclaration(
    "CHAMPION_COUNTRIES_DECLARATION_SG_REPORT",
    "Declaration of the Champion countries on the presentation of the report of the Secretary General of the United Nations on the implementation of the GCM",
    "Joint declaration of the GCM Champion countries on the presentation of the UN Secretary General's report on the implementation of the GCM, endorsed by Portugal.",
    "Endorsement of joint declarations, in particular the declaration of the Champion countries on the presentation of the report of the Secretary General",
  ),
  jointDeclaration(
    "EU_MEMBER_STATES_PROGRESS_DECLARATION_SUPPORT",
    "Declaration of 16 Member States of the European Union in support of the Progress Declaration",
    "Joint declaration of 16 EU Member States in support of the Progress Declaration to be adopted at the IMRF, endorsed by Portugal.",
    "the declaration of 16 Member States of the European Union in support of the Progress Declaration",
  ),
  jointDeclaration(
    "RABAT_DECLARATION",
    "Rabat Declaration",
    "Declaration adopted following the Ministerial Meeting of the Champion countries of the GCM, endorsed by Portugal.",
    "the Rabat Declaration, adopted following the Ministerial Meeting of the Champion countries of the GCM",
  ),
];
