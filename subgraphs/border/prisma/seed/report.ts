// Seed records for the border subgraph: what the 2022 voluntary national report
// (../shared/seeds/000_c0d0c09c999250f2.txt) says about the Immigration and Borders
// Service's areas: cooperation projects and protocols, border systems and
// facilities, strategy documents, documentation and regularisation measures, the
// child-trafficking referral system, and the resident-population figures.
import { NO_PERIOD, statedPeriod } from "@gcm-hub/kit";

import type { Prisma } from "../../src/generated/prisma/client.js";
import type { BorderProtocolColumns } from "../../src/data/protocolColumns.js";
import type {
  BorderFacilitySeed,
  BorderPolicyDocumentSeed,
  BorderProjectSeed,
  BorderSystemSeed,
  DocumentationMeasureSeed,
  RegularisationMeasureSeed,
  TraffickingReferralSystemSeed,
} from "./types.js";

// ---------------------------------------------------------------------------
// Cooperation projects (Section II, Objective 9)
// ---------------------------------------------------------------------------

export const projects: BorderProjectSeed[] = [
  {
    code: "EUROPOL_JOINT_INITIATIVES",
    name: "Joint initiatives with Member States within EUROPOL",
    acronym: null,
    kind: "JOINT_INITIATIVES",
    description:
      "SEF participates actively in the European Union's Law Enforcement Agency (EUROPOL), where it has promoted five joint initiatives with Member States in the area of illegal migration and human trafficking.",
    fronts: [],
    status: "ACTIVE",
    objectiveNumbers: [9],
    initiativeCode: "EUROPOL_JOINT_INITIATIVES",
    participants: [
      { departmentCode: "SEF", role: "LEAD" },
      { departmentCode: "EUROPOL", role: "PARTNER" },
    ],
    countries: [],
    sourceRef: "Section II, Objective 9",
    sourceQuote:
      "SEF also participates actively in the European Union's Law Enforcement Agency (EUROPOL), having promoted five joint initiatives with Member States in the area of illegal migration and human trafficking.",
  },
  {
    code: "RIMM",
    name: "Reinforcement of Integrated Migration Management (RIMM) project",
    acronym: "RIMM",
    kind: "PROJECT",
    description:
      "Project led by SEF that contributes to the regulation of migration flows between the European Union and third countries and beneficiaries, with Sao Tome and Principe as partner and Guinea-Bissau and Cabo Verde as beneficiaries, preventing smuggling, human trafficking and related crimes.",
    fronts: [
      "Development of local capacities to control migration flows (capacity building)",
      "Prevention of human trafficking for the purpose of labour and sexual exploitation, especially of minors",
    ],
    status: "ACTIVE",
    objectiveNumbers: [9],
    initiativeCode: "RIMM",
    participants: [{ departmentCode: "SEF", role: "LEAD" }],
    countries: [
      { countryIso: "ST", role: "PARTNER" },
      { countryIso: "GW", role: "BENEFICIARY" },
      { countryIso: "CV", role: "BENEFICIARY" },
    ],
    sourceRef: "Section II, Objective 9",
    sourceQuote:
      "SEF leads the Reinforcement of Integrated Migration Management (RIMM) project, which contributes to the regulation of migration flows between the European Union and third countries and beneficiaries, with Sao Tome and Principe as partner and Guinea-Bissau and Cape Verde as beneficiaries",
  },
];

// ---------------------------------------------------------------------------
// Cooperation protocols (Section II, Objectives 10 and 13)
// ---------------------------------------------------------------------------

export const protocols: BorderProtocolColumns[] = [
  {
    code: "AIRPORT_LEGAL_AID_PROTOCOL",
    name: "Cooperation Protocol on legal aid for foreign citizens refused entry at national airports",
    description:
      "Protocol for the permanent provision of lawyers to provide legal advice and assistance to foreign citizens who are refused entry into the country at national airports, ensuring their full access to the Law and to the Courts; such support has been mobilised for over 500 foreign citizens.",
    signedYear: 2020,
    signedMonth: 11,
    purposes: [
      "Permanent provision of lawyers to provide legal advice and assistance",
      "Full access to the Law and to the Courts to defend legally protected rights and interests",
    ],
    beneficiaries: "Foreign citizens who are refused entry into the country at national airports",
    status: "ACTIVE",
    objectiveNumbers: [13],
    initiativeCode: "AIRPORT_LEGAL_AID_PROTOCOL",
    parties: [
      { name: "Bar Association", departmentCode: "BAR_ASSOCIATION", countryIso: null },
      { name: "Ministry of Home Affairs", departmentCode: "MINISTRY_OF_HOME_AFFAIRS", countryIso: null },
      { name: "Ministry of Justice", departmentCode: "MINISTRY_OF_JUSTICE", countryIso: null },
    ],
    sourceRef: "Section II, Objective 13",
    sourceQuote:
      "A Cooperation Protocol was also signed in November 2020 by the Bar Association, the Ministry of Home Affairs and the Ministry of Justice for the permanent provision of lawyers to provide legal advice and assistance to foreign citizens who are refused entry into the country at national airports",
  },
  {
    code: "OTSH_CABO_VERDE_PROTOCOL",
    name: "Cooperation Protocol between the OTSH and Cabo Verde's trafficking observatory",
    description:
      "Cooperation Protocol signed in 2020 by the Portuguese Observatory on Human Trafficking (OTSH) and Cabo Verde's Observatory for Monitoring and Rapid Identification of Situations of Trafficking in Persons, for the exchange of data and information and for technical and scientific collaboration.",
    signedYear: 2020,
    signedMonth: null,
    purposes: ["Exchange of data and information", "Technical and scientific collaboration"],
    beneficiaries: null,
    status: "SIGNED",
    objectiveNumbers: [10],
    initiativeCode: "OTSH_CABO_VERDE_PROTOCOL",
    parties: [
      { name: "Portuguese Observatory on Human Trafficking (OTSH)", departmentCode: "OTSH", countryIso: null },
      {
        name: "Cabo Verde's Observatory for Monitoring and Rapid Identification of Situations of Trafficking in Persons",
        departmentCode: null,
        countryIso: "CV",
      },
    ],
    sourceRef: "Section II, Objective 10",
    sourceQuote:
      "in 2020 the Portuguese Observatory on Human Trafficking (OTSH) and Cabo Verde's Observatory for Monitoring and Rapid Identification of Situations of Trafficking in Persons signed a Cooperation Protocol, for the exchange of data and information as well as technical and scientific collaboration.",
  },
];

// ---------------------------------------------------------------------------
// Border and documentation systems (Section II, Objectives 11 and 12)
// ---------------------------------------------------------------------------

export const systems: BorderSystemSeed[] = [
  {
    code: "BIOMETRIC_BORDER_CROSSING",
    name: "Biometric identification at air and sea border crossings",
    kind: "BORDER_CONTROL",
    description: "Solutions developed for air and sea border crossings using biometric identification, to ensure better border management.",
    crossings: ["AIR", "SEA"],
    startYear: null,
    expectedOperational: null,
    operatorCode: null,
    status: "DEVELOPED",
    objectiveNumbers: [11],
    initiativeCode: "BIOMETRIC_BORDER_CROSSING",
    sourceRef: "Section II, Objective 11",
    sourceQuote:
      "In order to ensure better border management, solutions have been developed for air and sea border crossings using biometric identification",
  },
  {
    code: "EES",
    name: "European Entry-Exit System (EES)",
    kind: "BORDER_CONTROL",
    description: "Implementation of the European Entry-Exit System, which is expected to be operational in May 2022.",
    crossings: [],
    startYear: null,
    expectedOperational: "2022-05",
    operatorCode: null,
    status: "BEING_IMPLEMENTED",
    objectiveNumbers: [11],
    initiativeCode: "EES",
    sourceRef: "Section II, Objective 11",
    sourceQuote: "the implementation of the European Entry-Exit System (EES), which is expected to be operational in May 2022",
  },
  {
    code: "MYSEF",
    name: "MySEF",
    kind: "DOCUMENT_MANAGEMENT",
    description:
      "System implemented in 2020 for more efficient and integrated document management that streamlines the decision-making process of the resident status and lets foreign citizens request the renewal of their residence permit without going to a help desk; the dematerialisation of processes became all the more urgent when the pandemic forced SEF spaces to close.",
    crossings: [],
    startYear: 2020,
    expectedOperational: null,
    operatorCode: "SEF",
    status: "IN_OPERATION",
    objectiveNumbers: [12],
    initiativeCode: "MYSEF",
    sourceRef: "Section II, Objective 12",
    sourceQuote:
      "the implementation of the MySEF system in 2020 for more efficient and integrated document management, with particular emphasis on streamlining the decision-making process of the resident status, allowing foreign citizens to request the renewal of their residence permit without having to go to a help desk",
  },
];

// ---------------------------------------------------------------------------
// Strategy and contingency documents (Section II, Objective 8)
// ---------------------------------------------------------------------------

export const policyDocuments: BorderPolicyDocumentSeed[] = [
  {
    code: "CONTINGENCY_PLAN_IRREGULAR_IMMIGRATION_SEA",
    name: "Contingency Plan for Irregular Immigration by sea",
    kind: "CONTINGENCY_PLAN",
    description:
      "Draft contingency plan prepared to ensure the primacy of safeguarding human life; Objective 11 places the hotspot for arrivals on the Algarve coast under the National Contingency Plan for irregular immigration by sea.",
    startYear: null,
    endYear: null,
    goals: ["Ensure the primacy of safeguarding human life"],
    status: "DRAFTED",
    objectiveNumbers: [8, 11],
    initiativeCode: "CONTINGENCY_PLAN_IRREGULAR_IMMIGRATION_SEA",
    sourceRef: "Section II, Objective 8",
    sourceQuote: "a draft Contingency Plan for Irregular Immigration by sea has been prepared to ensure the primacy of safeguarding human life",
  },
  {
    code: "NSIBM_2020_2023",
    name: "National Strategy for Integrated Border Management 2020-2023",
    kind: "NATIONAL_STRATEGY",
    description:
      "Draft national strategy, currently under approval, that includes strengthened coordination for saving lives at sea and sets strengthening the capacity to receive citizens in rescue situations at sea as a specific goal.",
    startYear: 2020,
    endYear: 2023,
    goals: [
      "Strengthened coordination within the scope of saving lives at sea",
      "Strengthen the capacity to receive citizens in rescue situations at sea",
    ],
    status: "UNDER_APPROVAL",
    objectiveNumbers: [8],
    initiativeCode: "NSIBM_2020_2023",
    sourceRef: "Section II, Objective 8",
    sourceQuote:
      "Strengthened coordination within the scope of saving lives at sea is included in the draft National Strategy for Integrated Border Management 2020-2023, currently under approval.",
  },
];

// ---------------------------------------------------------------------------
// Border facilities (Section II, Objective 11)
// ---------------------------------------------------------------------------

export const facilities: BorderFacilitySeed[] = [
  {
    code: "ALGARVE_HOTSPOT",
    name: "Hotspot for arrivals on the Algarve coast",
    kind: "HOTSPOT",
    description:
      "Hotspot for the arrival of people on the Algarve coast, in its final stages under the National Contingency Plan for irregular immigration by sea.",
    location: "Algarve coast",
    intendedFor: "The arrival of people on the Algarve coast",
    status: "FINAL_STAGES",
    policyDocumentCode: "CONTINGENCY_PLAN_IRREGULAR_IMMIGRATION_SEA",
    objectiveNumbers: [11],
    initiativeCode: "ALGARVE_HOTSPOT",
    sourceRef: "Section II, Objective 11",
    sourceQuote:
      "under the National Contingency Plan for irregular immigration by sea, a hotspot for the arrival of people on the Algarve coast is in its final stages",
  },
  {
    code: "SCREENING_REGISTRATION_CENTRES",
    name: "Screening and Registration Centres",
    kind: "SCREENING_AND_REGISTRATION_CENTRE",
    description:
      "Centres whose creation is foreseen for third country nationals who do not meet the conditions for entry into national territory.",
    location: null,
    intendedFor: "Third country nationals who do not meet the conditions for entry into national territory",
    status: "FORESEEN",
    policyDocumentCode: null,
    objectiveNumbers: [11],
    initiativeCode: "SCREENING_REGISTRATION_CENTRES",
    sourceRef: "Section II, Objective 11",
    sourceQuote:
      "the creation of Screening and Registration Centres for third country nationals who do not meet the conditions for entry into national territory is also foreseen",
  },
];

// ---------------------------------------------------------------------------
// Documentation measures (Section II, Objective 4, second half)
// ---------------------------------------------------------------------------

export const documentationMeasures: DocumentationMeasureSeed[] = [
  {
    code: "NATIONALITY_LAW_AMENDMENT",
    name: "Amendment of the Nationality Law",
    kind: "NATIONALITY_LAW_AMENDMENT",
    description: "Amendments to the Nationality Law extending access to original nationality and naturalisation to persons born on Portuguese territory.",
    year: null,
    provisions: [
      "Access to original nationality extended to persons born on Portuguese territory",
      "Access to naturalisation extended to persons born on Portuguese territory",
    ],
    status: "ADOPTED",
    objectiveNumbers: [4],
    initiativeCode: "NATIONALITY_LAW_AMENDMENT",
    sourceRef: "Section II, Objective 4",
    sourceQuote:
      "Amendments have also been made to the Nationality Law, extending access to original nationality and naturalisation to persons born on Portuguese territory.",
  },
  {
    code: "NEW_RESIDENCE_PERMIT_MODEL",
    name: "New Residence Permit model",
    kind: "RESIDENCE_PERMIT_MODEL",
    description:
      "Residence Permit model created for foreign citizens in 2021 that includes information equivalent to that on the national Citizen's Card, with tax, health and social security numbers, guaranteeing resident citizens' access to basic services.",
    year: 2021,
    provisions: ["Information equivalent to that on the national Citizen's Card", "Tax number", "Health number", "Social security number"],
    status: "ADOPTED",
    objectiveNumbers: [4],
    initiativeCode: "NEW_RESIDENCE_PERMIT_MODEL",
    sourceRef: "Section II, Objective 4",
    sourceQuote:
      "A new Residence Permit model was also created for foreign citizens in 2021 which now includes information equivalent to that on the national Citizen's Card, with tax, health and social security numbers, thus guaranteeing resident citizens' access to basic services.",
  },
];

// ---------------------------------------------------------------------------
// Regularisation measures (Section II, pandemic measures, bullet 1)
// ---------------------------------------------------------------------------

export const regularisationMeasures: RegularisationMeasureSeed[] = [
  {
    code: "DOCUMENT_VALIDITY_EXTENSION",
    name: "Extension of document validity",
    kind: "DOCUMENT_VALIDITY_EXTENSION",
    description: "Document validity extended until the end of June 2022, alongside the extension of the temporary and extraordinary regularisation measure.",
    pendingAsOf: null,
    validUntil: "2022-06-30",
    effects: [],
    pandemicResponse: true,
    status: "EXTENDED",
    initiativeCode: "EXTRAORDINARY_REGULARISATION_EXTENSION",
    sourceRef: "Section II, pandemic measures, bullet 1",
    sourceQuote: "Additionally, document validity has been extended until the end of June 2022.",
  },
  {
    code: "EXTRAORDINARY_REGULARISATION_EXTENSION",
    name: "Extension of the temporary and extraordinary regularisation measure",
    kind: "REGULARISATION_EXTENSION",
    description:
      "Extension of the temporary and extraordinary regularisation measure to foreign citizens with pending cases as of 31 December 2021, to ensure protection for all citizens residing in the territory, with their descendants becoming eligible for family benefits.",
    pendingAsOf: "2021-12-31",
    validUntil: null,
    effects: ["Protection for all citizens residing in the territory", "Descendants become eligible for family benefits"],
    pandemicResponse: true,
    status: "EXTENDED",
    initiativeCode: "EXTRAORDINARY_REGULARISATION_EXTENSION",
    sourceRef: "Section II, pandemic measures, bullet 1",
    sourceQuote:
      "Extension of the temporary and extraordinary regularisation measure for foreign citizens with pending cases as of 31 December 2021, with a view to ensuring protection for all citizens residing in the territory, with their descendants becoming eligible for family benefits.",
  },
];

// ---------------------------------------------------------------------------
// Child-trafficking referral system (Section I, pillar II; Section II, Objective 10)
// ---------------------------------------------------------------------------

export const referralSystems: TraffickingReferralSystemSeed[] = [
  {
    code: "NATIONAL_REFERRAL_SYSTEM_CHILD_TRAFFICKING",
    name: "National Referral System for (alleged) child victims of Human Trafficking",
    description:
      "Protocol establishing procedures for the prevention, detection and protection of (alleged) child victims of human trafficking, launched in 2021; it has strengthened and consolidated the coordination, cooperation and communication mechanisms among the professionals involved in preventing and fighting child trafficking.",
    launchYear: 2021,
    procedures: ["Prevention", "Detection", "Protection"],
    focus: "Migrant children",
    status: "LAUNCHED",
    objectiveNumbers: [10],
    initiativeCode: "NATIONAL_REFERRAL_SYSTEM_CHILD_TRAFFICKING",
    sourceRef: "Section I, pillar II",
    sourceQuote:
      "The protocol for the establishment of procedures geared towards the prevention, detection and protection of (alleged) child victims of Human Trafficking – the National Referral System, launched in 2021",
  },
];

// ---------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------

export const observations: Prisma.ObservationCreateManyInput[] = [
  {
    code: "border.airport_legal_aid_citizens_supported",
    // The border department records it; the report credits the protocol's parties.
    label: "Foreign citizens refused entry at national airports given legal support under the protocol of the Bar Association, the Ministry of Home Affairs and the Ministry of Justice (recorded by border; more than; lower bound)",
    value: 500,
    unit: "people",
    qualifier: "MORE_THAN",
    ...NO_PERIOD,
    objectiveNumber: 13,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 13",
    sourceQuote: "A Cooperation Protocol was also signed in November 2020 by the Bar Association, the Ministry of Home Affairs and the Ministry of Justice for the permanent provision of lawyers to provide legal advice and assistance to foreign citizens who are refused entry into the country at national airports, ensuring their full access to the Law and to the Courts to defend their legally protected rights and interests, having already mobilised such support to over 500 foreign citizens",
  },
  {
    code: "border.europol_joint_initiatives",
    label: "Joint initiatives with Member States promoted by SEF within EUROPOL on illegal migration and human trafficking",
    value: 5,
    unit: "joint initiatives",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: 9,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 9",
    sourceQuote: "having promoted five joint initiatives with Member States in the area of illegal migration and human trafficking",
  },
  {
    code: "border.foreign_residents_2020",
    label: "Foreign citizens residing in Portugal (SEF data)",
    value: 662_000,
    unit: "people",
    qualifier: "EXACT",
    ...statedPeriod.during("2020", "2020", "in 2020"),
    objectiveNumber: null,
    pandemicResponse: true,
    sourceRef: "Section II, pandemic measures, bullet 2",
    sourceQuote: "SEF data indicates that 662 thousand foreign citizens were residing in Portugal in 2020",
  },
  {
    code: "border.foreign_residents_2021_record",
    label: "Foreign residents in Portugal, a record number (more than; lower bound)",
    value: 700_000,
    unit: "people",
    qualifier: "MORE_THAN",
    ...statedPeriod.during("2021", "2021", "In 2021", "in 2021"),
    objectiveNumber: null,
    pandemicResponse: false,
    sourceRef: "Section I, paragraph 10",
    sourceQuote: "In 2021, Portugal attained a record number of foreign residents, exceeding 700,000",
  },
  {
    code: "border.mysef_residence_permits_renewed",
    label: "Residence permits renewed through MySEF without going to a help desk (more than; lower bound)",
    value: 187_000,
    unit: "residence permits",
    qualifier: "MORE_THAN",
    ...NO_PERIOD,
    objectiveNumber: 12,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 12",
    sourceQuote: "as a result of the implementation of the MySEF system in 2020 for more efficient and integrated document management, with particular emphasis on streamlining the decision-making process of the resident status, allowing foreign citizens to request the renewal of their residence permit without having to go to a help desk, thus enabling the renewal of over 187 thousand residence permits",
  },
  {
    code: "border.rimm_fronts",
    label: "Fronts on which the RIMM project implements activities",
    value: 2,
    unit: "fronts",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: 9,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 9",
    sourceQuote: "It implements activities on two fronts",
  },
];
