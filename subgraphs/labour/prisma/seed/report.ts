// Seed records for the labour subgraph (Labour ministry, IEFP, ACT), taken from
// the 2022 voluntary national report (../shared/seeds/000_c0d0c09c999250f2.txt).
// Objective numbers, ISO codes, department codes and initiative codes are plan's.
import { statedPeriod } from "@gcm-hub/kit";

import type { Prisma } from "../../src/generated/prisma/client.js";
import type { InspectionCampaignColumns, LabourMobilityAgreementColumns } from "./types.js";

// ---------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------

export const observations: Prisma.ObservationCreateManyInput[] = [
  {
    code: "labour.amif_projects_financed",
    label: "Civil society projects being financed through the EU's Asylum, Migration and Integration Fund (AMIF)",
    value: 4,
    unit: "projects",
    qualifier: "EXACT",
    ...statedPeriod.asOf("2021-12", "at the end of 2021"),
    objectiveNumber: 5,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 5",
    sourceQuote: "at the end of 2021 four projects were being financed",
  },
  {
    code: "labour.working_conditions_inspections",
    label: "Inspections of working conditions carried out (more than: the report gives a lower bound)",
    value: 11000,
    unit: "inspections",
    qualifier: "MORE_THAN",
    ...statedPeriod.during("2019", "2021", "between 2019 and 2021"),
    objectiveNumber: 6,
    pandemicResponse: false,
    sourceRef: "Section II, Objective 6",
    sourceQuote: "between 2019 and 2021 over 11,000 inspections were carried out in various economic sectors",
  },
];

// ---------------------------------------------------------------------------
// Labour mobility agreements (Section I, pillars I and V; Section II, Objectives 2 and 5)
// ---------------------------------------------------------------------------

const CONCLUDED_QUOTE =
  "In September 2021 and January 2022 labour mobility agreements were concluded with India and Morocco respectively, which are currently in the operationalisation process";
const CONCLUDED_PURPOSE =
  "To increase and enhance the regularity of migration flows as an opportunity for the countries of origin and destination.";
const NEGOTIATION_QUOTE =
  "similar agreements are being negotiated with Moldova, Tunisia, Uzbekistan, Georgia, the Philippines and Nepal";

function concluded(code: string, iso: string, country: string, signedIn: string, month: string): LabourMobilityAgreementColumns {
  return {
    code,
    name: `Labour mobility agreement with ${country}`,
    kind: "BILATERAL",
    status: "CONCLUDED",
    beingOperationalised: true,
    signedIn,
    signingPlace: null,
    signingOccasion: null,
    community: null,
    purpose: CONCLUDED_PURPOSE,
    description: `Labour mobility agreement between Portugal and ${country}, concluded in ${month}, currently in the operationalisation process.`,
    pillarNumber: 5,
    initiativeCode: code,
    countries: [{ countryIso: iso, role: "PARTNER_COUNTRY" }],
    objectives: [5],
    sourceRef: "Section I, pillar V",
    sourceQuote: CONCLUDED_QUOTE,
  };
}

/** One record per country: the report lists six negotiations in one sentence. */
function underNegotiation(code: string, iso: string, country: string): LabourMobilityAgreementColumns {
  return {
    code,
    name: `Labour mobility agreement with ${country}`,
    kind: "BILATERAL",
    status: "UNDER_NEGOTIATION",
    beingOperationalised: false,
    signedIn: null,
    signingPlace: null,
    signingOccasion: null,
    community: null,
    purpose: null,
    description: `Labour mobility agreement similar to those concluded with India and Morocco, being negotiated with ${country}.`,
    pillarNumber: 5,
    initiativeCode: code,
    countries: [{ countryIso: iso, role: "PARTNER_COUNTRY" }],
    objectives: [],
    sourceRef: "Section I, pillar V",
    sourceQuote: NEGOTIATION_QUOTE,
  };
}

export const labourMobilityAgreements: LabourMobilityAgreementColumns[] = [
  {
    code: "CPLP_MOBILITY_AGREEMENT",
    name: "Mobility agreement between the Member States of the Community of Portuguese Speaking Countries (CPLP)",
    kind: "MULTILATERAL",
    status: "SIGNED",
    beingOperationalised: false,
    signedIn: "2021-07",
    signingPlace: "Luanda, Angola",
    signingOccasion: "13th Conference of Heads of State and Government of the CPLP",
    community: "Community of Portuguese Speaking Countries (CPLP)",
    purpose:
      "To expedite and ease regular migration flows, including circulation and residency, among the various Member States of the CPLP.",
    description:
      "Mobility agreement between the Member States of the CPLP, signed in July 2021 in Luanda, Angola, at the 13th Conference of Heads of State and Government of the CPLP (Objective 2 calls it approved in 2021).",
    pillarNumber: 1,
    initiativeCode: "CPLP_MOBILITY_AGREEMENT",
    countries: [{ countryIso: "AO", role: "HOST_COUNTRY" }],
    objectives: [2, 5],
    sourceRef: "Section I, pillar I",
    sourceQuote:
      "The mobility agreement between the Member States of the Community of Portuguese Speaking Countries (CPLP) was signed in July 2021, in Luanda, Angola, on the occasion of the 13th Conference of Heads of State and Government of the CPLP",
  },
  concluded("LMA_INDIA", "IN", "India", "2021-09", "September 2021"),
  concluded("LMA_MOROCCO", "MA", "Morocco", "2022-01", "January 2022"),
  underNegotiation("LMA_MOLDOVA", "MD", "Moldova"),
  underNegotiation("LMA_TUNISIA", "TN", "Tunisia"),
  underNegotiation("LMA_UZBEKISTAN", "UZ", "Uzbekistan"),
  underNegotiation("LMA_GEORGIA", "GE", "Georgia"),
  underNegotiation("LMA_PHILIPPINES", "PH", "the Philippines"),
  underNegotiation("LMA_NEPAL", "NP", "Nepal"),
];

// ---------------------------------------------------------------------------
// Working-conditions inspections (Section II, Objective 6)
// ---------------------------------------------------------------------------

export const inspectionCampaigns: InspectionCampaignColumns[] = [
  {
    code: "WORKING_CONDITIONS_2019_2021",
    name: "Working-conditions inspections, 2019-2021",
    purpose: "To strengthen the guarantee of decent working conditions for workers and enhance the application of migrant citizens' rights in society.",
    periodStart: "2019",
    periodEnd: "2021",
    periodLabel: "between 2019 and 2021",
    sectors: ["AGRICULTURE_AND_FISHERIES", "CONSTRUCTION", "HOSPITALITY_AND_CATERING"],
    objectiveNumber: 6,
    inspectionsFigureCode: "labour.working_conditions_inspections",
    initiativeCode: "WORKING_CONDITIONS_INSPECTIONS",
    bodies: ["ACT", "ISS", "SECURITY_FORCES", "SEF"],
    countries: [{ countryIso: "ES", involvement: "Spanish entities were involved" }],
    sourceRef: "Section II, Objective 6",
    sourceQuote:
      "between 2019 and 2021 over 11,000 inspections were carried out in various economic sectors such as agriculture and fisheries, construction, hospitality and catering, in articulation with the Immigration and Borders Service (SEF), the Authority for Working Conditions (ACT), the Social Security Institute (ISS) and the Security Forces, with the involvement of Spanish entities, among others",
  },
];

// ---------------------------------------------------------------------------
// AMIF-financed civil society projects (Section II, Objective 5)
// ---------------------------------------------------------------------------

export const fundedProjectPortfolios: Prisma.FundedProjectPortfolioCreateManyInput[] = [
  {
    code: "AMIF_CIVIL_SOCIETY_PROJECTS",
    name: "Civil society projects financed through the Asylum, Migration and Integration Fund (AMIF)",
    fund: "European Union's Asylum, Migration and Integration Fund (AMIF)",
    promoters: "civil society",
    aim: "To boost regular migration and the prevention of human trafficking.",
    priority:
      "To develop a proactive policy for attracting Third Country Nationals and the labour and social insertion of these migrants into Portuguese society.",
    objectiveNumber: 5,
    projectsFigureCode: "labour.amif_projects_financed",
    initiativeCode: "AMIF_PROJECTS",
    sourceRef: "Section II, Objective 5",
    sourceQuote:
      "Portugal finances civil society projects, namely through the European Union's Asylum, Migration and Integration Fund (AMIF), the priority of which is to develop a proactive policy for attracting Third Country Nationals and the labour and social insertion of these migrants into Portuguese society",
  },
];

// ---------------------------------------------------------------------------
// Recognition and use of migrant skills (Section II, Objective 18)
// ---------------------------------------------------------------------------

export const skillsRecognitionMeasures: Prisma.SkillsRecognitionMeasureCreateManyInput[] = [
  {
    code: "HIGHER_EDUCATION_STUDENTS_LEGISLATION",
    name: "Legislation simplifying the access and permanence process of higher education students",
    kind: "LEGISLATION",
    status: "PUBLISHED",
    intendedFor: "higher education students",
    provisions: [
      "Simplification of the access and permanence process of higher education students",
      "Cooperation and communication mechanisms among the entities with competence in this area",
    ],
    objectiveNumber: 18,
    initiativeCode: "HIGHER_EDUCATION_ACCESS_LEGISLATION",
    sourceRef: "Section II, Objective 18",
    sourceQuote:
      "legislation was published which served to strengthen both the simplification of the access and permanence process of higher education students and the cooperation and communication mechanisms among the entities with competence in this area",
  },
  {
    code: "MYSUPERIOR",
    name: "MySuperior",
    kind: "DIGITAL_SERVICE",
    status: "IN_SERVICE",
    intendedFor: "those applying for recognition of foreign academic degrees and higher education diplomas",
    provisions: [
      "View the case number",
      "View the entity/institution of higher education responsible for the case's analysis",
      "View the case's status",
    ],
    objectiveNumber: 18,
    initiativeCode: "MYSUPERIOR",
    sourceRef: "Section II, Objective 18",
    sourceQuote:
      "An electronic app was designed, MySuperior, which, in a single place and by means of mobile devices, enables those applying for recognition of foreign academic degrees and higher education diplomas to view the case number, the entity/institution of higher education responsible for its analysis and its status.",
  },
];

// ---------------------------------------------------------------------------
// Attracting workers (Section II, Objective 20, second half)
// ---------------------------------------------------------------------------

export const workerAttractionMeasures: Prisma.WorkerAttractionMeasureCreateManyInput[] = [
  {
    code: "NON_HABITUAL_RESIDENT_TAX_REVISION",
    name: "Revision of the non-habitual resident tax regime",
    instrument: "non-habitual resident tax regime",
    status: "IN_EFFECT",
    problemAddressed: "Difficulties in hiring workers revealed by employers of various sectors.",
    effect: "Strengthened the attractiveness factors of workers who move to Portugal.",
    objectiveNumber: 20,
    initiativeCode: "NON_HABITUAL_RESIDENT_TAX_REVISION",
    sourceRef: "Section II, Objective 20",
    sourceQuote:
      "the revision of the non-habitual resident tax regime made it possible to overcome the difficulties in hiring workers revealed by employers of various sectors, having strengthened the attractiveness factors of workers who move to Portugal",
  },
];
