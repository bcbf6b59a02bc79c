// Seed records for the plan subgraph: Portugal's National Implementation Plan of the GCM (PNIPGM),
// taken from the 2022 voluntary national report (../shared/seeds/000_c0d0c09c999250f2.txt).
import { NO_PERIOD, statedPeriod } from "@gcm-hub/kit";

import type { Prisma } from "../../src/generated/prisma/client.js";
import type { InitiativeColumns } from "../../src/data/initiativeColumns.js";
import type {
  CountrySeed,
  DepartmentSeed,
  GuidingPrincipleSeed,
  ObjectiveSeed,
  PillarSeed,
} from "./types.js";

// ---------------------------------------------------------------------------
// Pillars (Section I, the five "main conquests since 2020")
// ---------------------------------------------------------------------------

export const pillars: PillarSeed[] = [
  {
    number: 1,
    title: "Promotion of safe, orderly and regular migration",
    achievement:
      "The mobility agreement between the Member States of the Community of Portuguese Speaking Countries (CPLP) was signed in July 2021 in Luanda, Angola, at the 13th Conference of Heads of State and Government of the CPLP, to expedite and ease regular migration flows, including circulation and residency, among CPLP Member States.",
    sourceRef: "Section I, pillar I",
    sourceQuote:
      "Promotion of safe, orderly and regular migration. The mobility agreement between the Member States of the Community of Portuguese Speaking Countries (CPLP) was signed in July 2021, in Luanda, Angola",
  },
  {
    number: 2,
    title: "Improved organisation of migration flows and integrated border management",
    achievement:
      "The National Referral System, a protocol of procedures for the prevention, detection and protection of (alleged) child victims of human trafficking launched in 2021, has strengthened coordination, cooperation and communication among the professionals fighting child trafficking, with a particular focus on migrant children.",
    sourceRef: "Section I, pillar II",
    sourceQuote:
      "the National Referral System, launched in 2021, has served to strengthen and consolidate the coordination, cooperation and communication mechanisms among the professionals involved in the prevention and fight against child trafficking, with a particular focus on migrant children",
  },
  {
    number: 3,
    title: "Promotion of the reception and integration of immigrants",
    achievement:
      "Rede Integrar Valoriza, the immigrant integration network pilot project launched in 2021, strengthens integration policies at local level through a network involving 19% of the municipalities on a national scale and public entities.",
    sourceRef: "Section I, pillar III",
    sourceQuote:
      "Rede Integrar Valoriza, the pilot project of the immigrant integration network launched in 2021, seeks to strengthen the integration policies at a local level",
  },
  {
    number: 4,
    title: "Support for migrants' attachment to their country of origin",
    achievement:
      "The National Diaspora Investment Support Programme, launched in 2020 to encourage the return and investment of the Diaspora in Portugal, has already enabled the attribution of over 200 Diaspora Investor Statuses.",
    sourceRef: "Section I, pillar IV",
    sourceQuote:
      "The National Diaspora Investment Support Programme launched in 2020, and which seeks to encourage the return and investment of the Diaspora in Portugal, as also to benefit from the presence of Portuguese communities overseas, has already enabled the attribution of over 200 Diaspora Investor Statuses.",
  },
  {
    number: 5,
    title: "Increased partnerships for development with countries of origin and transit",
    achievement:
      "Labour mobility agreements were concluded with India (September 2021) and Morocco (January 2022) and are being operationalised; similar agreements are being negotiated with Moldova, Tunisia, Uzbekistan, Georgia, the Philippines and Nepal.",
    sourceRef: "Section I, pillar V",
    sourceQuote:
      "In September 2021 and January 2022 labour mobility agreements were concluded with India and Morocco respectively, which are currently in the operationalisation process",
  },
];

// ---------------------------------------------------------------------------
// Objectives: official GCM titles (A/RES/73/195, para 16) and the report's
// Section II paragraph(s) on each objective
// ---------------------------------------------------------------------------

export const objectives: ObjectiveSeed[] = [
  {
    number: 1,
    title: "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
    progress:
      "The consolidation of public policies can be as exhaustive as the knowledge on the reality of migration flows. In addition to the annual production of reports on the integration of migrants by the Observatory for Migration, statistical reports are produced annually on the entry and permanence of foreign citizens, the Portuguese diaspora, and racial and ethnic discrimination practices and processes, among others. The ACM also has a decentralised response network to support migrants, ranging from national and local centres to support the integration of migrants (CNAIM and CLAIM) to Occupational Insertion Offices (GIP) where, since 2020, a management system has been implemented to collect information on the characterisation of migrants, with a view to better understanding their needs and profiles in order to better formulate intervention responses to the identified needs.",
    sourceRef: "Section II, Objective 1",
  },
  {
    number: 2,
    title: "Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
    progress:
      "Portugal's participation in cooperation programmes, projects and initiatives within the multilateral framework promotes the construction, development and consolidation of national capacities in the countries involved. It seeks to contribute to combating the root causes of migration and forced displacement in partner countries, thus contributing to the eradication of poverty and the promotion of sustainable development and the 2030 Agenda. The Strategic Cooperation Programmes (SCPs) and Triangular Cooperation Agreements play an important role in this regard. In addition to the CPLP mobility agreement approved in 2021, Portugal has Memoranda of Understanding for Triangular Cooperation with countries such as Argentina, Brazil, Chile, Colombia, Egypt, El Salvador, Israel, Morocco, Peru and Uruguay, with a view to implementing triangular initiatives to promote sustainable development in third countries. Portugal manages and co-finances development support projects, notably in Mozambique, in order to increase economic opportunities in the Cabo Delgado region; in Cape Verde and Guinea Bissau in order to improve security levels and migration management. There is also active cooperation in the area of vocational training with Sao Tome and Principe, Cape Verde, Mozambique, Angola and East Timor.",
    sourceRef: "Section II, Objective 2",
  },
  {
    number: 3,
    title: "Provide accurate and timely information at all stages of migration",
    progress:
      "In order to guarantee access to information on the process of reception and integration of migrants in Portugal, online information in Portuguese and English has been made available on ePortugal, an electronic channel facilitating access to State services. This information, intended for migrants, addresses and provides clarification on how to access the different public services and respective procedures in various areas of integration. With the collaboration of several government departments, a Migrant Reception Guide was also launched, with useful information on issues related to the reception and integration of migrants in Portugal, aiming to serve as a guiding document to facilitate the work of public and private institutions and civil society and to support migrants wishing to live in Portugal.",
    sourceRef: "Section II, Objective 3",
  },
  {
    number: 4,
    title: "Ensure that all migrants have proof of legal identity and adequate documentation",
    progress:
      "The documentation process is crucial to enhance integration and prevent vulnerabilities in migration. Thus, the new consular management model has been optimised, seeking to ensure a dematerialised, simplified and standard service for the different consular acts. Serving 10 countries in Europe, by the end of 2021, it had received and handled over a million telephone and email contacts. A new Residence Permit model was also created for foreign citizens in 2021 which now includes information equivalent to that on the national Citizen's Card, with tax, health and social security numbers, thus guaranteeing resident citizens' access to basic services.\n\nAmendments have also been made to the Nationality Law, extending access to original nationality and naturalisation to persons born on Portuguese territory.",
    sourceRef: "Section II, Objective 4",
  },
  {
    number: 5,
    title: "Enhance availability and flexibility of pathways for regular migration",
    progress:
      "In order to boost regular migration and the prevention of human trafficking, in addition to the aforementioned Labour Mobility Agreements with India and Morocco and the CPLP Mobility Agreement, Portugal finances civil society projects, namely through the European Union's Asylum, Migration and Integration Fund (AMIF), the priority of which is to develop a proactive policy for attracting Third Country Nationals and the labour and social insertion of these migrants into Portuguese society (at the end of 2021 four projects were being financed).",
    sourceRef: "Section II, Objective 5",
  },
  {
    number: 6,
    title: "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
    progress:
      "Seeking to strengthen the guarantee of decent working conditions for workers, between 2019 and 2021 over 11,000 inspections were carried out in various economic sectors such as agriculture and fisheries, construction, hospitality and catering, in articulation with the Immigration and Borders Service (SEF), the Authority for Working Conditions (ACT), the Social Security Institute (ISS) and the Security Forces, with the involvement of Spanish entities, among others. These articulated actions in the field are essential to enhance the application of migrant citizens' rights in society.",
    sourceRef: "Section II, Objective 6",
  },
  {
    number: 7,
    title: "Address and reduce vulnerabilities in migration",
    progress:
      "In articulation with other public entities, the ACM promotes grassroots responses to migrants through 4 CNAIM, and a network of 145 CLAIM, set up in partnership with local authorities, civil society entities and higher education institutions, which have assisted 500,000 people since 2020. The expansion of the Network has continued since 2020, with the opening of a new CNAIM and 43 new CLAIM (+40%) in order to ensure national coverage in supporting the response to the reception and integration of foreign citizens. Furthermore, in partnership with the ACM, the National Institute of Public Administration (INA) designed an Intercultural Competences e-learning course in 2022, targeting public service workers and the general public, which has already seen 6 thousand enrolments. The training of over 5 thousand civil servants was also promoted by several entities - ACM, Institute of Employment and Vocational Training (IEFP), National Agency for Qualification and Vocational Education and Training (ANQEP) and SEF – in areas that contribute to the integration of migrants, such as cultural diversity, identification and referral in the context of international protection, prevention of human trafficking, forced repatriation and the prevention of discriminatory practices, among others. These initiatives empower key actors to ensure a humane, swift and integration-oriented response to migrants' integration.",
    sourceRef: "Section II, Objective 7",
  },
  {
    number: 8,
    title: "Save lives and establish coordinated international efforts on missing migrants",
    progress:
      "Strengthened coordination within the scope of saving lives at sea is included in the draft National Strategy for Integrated Border Management 2020-2023, currently under approval. This national strategy acknowledges the need to strengthen the capacity to receive citizens in rescue situations at sea as a specific goal, and a draft Contingency Plan for Irregular Immigration by sea has been prepared to ensure the primacy of safeguarding human life.",
    sourceRef: "Section II, Objective 8",
  },
  {
    number: 9,
    title: "Strengthen the transnational response to smuggling of migrants",
    progress:
      "SEF leads the Reinforcement of Integrated Migration Management (RIMM) project, which contributes to the regulation of migration flows between the European Union and third countries and beneficiaries, with Sao Tome and Principe as partner and Guinea-Bissau and Cape Verde as beneficiaries, preventing the phenomena of counter smuggling, human trafficking and related crimes. It implements activities on two fronts: the development of local capacities to control migration flows (capacity building) and the prevention of human trafficking for the purpose of labour and sexual exploitation, especially of minors. SEF also participates actively in the European Union's Law Enforcement Agency (EUROPOL), having promoted five joint initiatives with Member States in the area of illegal migration and human trafficking.",
    sourceRef: "Section II, Objective 9",
  },
  {
    number: 10,
    title: "Prevent, combat and eradicate trafficking in persons in the context of international migration",
    progress:
      "In addition to the established National Referral System of (alleged) child victims of Human Trafficking, in 2020 the Portuguese Observatory on Human Trafficking (OTSH) and Cabo Verde's Observatory for Monitoring and Rapid Identification of Situations of Trafficking in Persons signed a Cooperation Protocol, for the exchange of data and information as well as technical and scientific collaboration.",
    sourceRef: "Section II, Objective 10",
  },
  {
    number: 11,
    title: "Manage borders in an integrated, secure and coordinated manner",
    progress:
      "In order to ensure better border management, solutions have been developed for air and sea border crossings using biometric identification and the implementation of the European Entry-Exit System (EES), which is expected to be operational in May 2022. Additionally, under the National Contingency Plan for irregular immigration by sea, a hotspot for the arrival of people on the Algarve coast is in its final stages, and the creation of Screening and Registration Centres for third country nationals who do not meet the conditions for entry into national territory is also foreseen.",
    sourceRef: "Section II, Objective 11",
  },
  {
    number: 12,
    title: "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral",
    progress:
      "The security and predictability of migration flows have improved as a result of the implementation of the MySEF system in 2020 for more efficient and integrated document management, with particular emphasis on streamlining the decision-making process of the resident status, allowing foreign citizens to request the renewal of their residence permit without having to go to a help desk, thus enabling the renewal of over 187 thousand residence permits. It should be noted that the dematerialisation of processes became all the more urgent when the pandemic forced SEF spaces to close.",
    sourceRef: "Section II, Objective 12",
  },
  {
    number: 13,
    title: "Use migration detention only as a measure of last resort and work towards alternatives",
    progress:
      "With a view to promoting the referral of citizens to the support services for their regularisation and integration, the articulation channels among the institutions have been improved to obtain swifter and more effective responses. A Cooperation Protocol was also signed in November 2020 by the Bar Association, the Ministry of Home Affairs and the Ministry of Justice for the permanent provision of lawyers to provide legal advice and assistance to foreign citizens who are refused entry into the country at national airports, ensuring their full access to the Law and to the Courts to defend their legally protected rights and interests, having already mobilised such support to over 500 foreign citizens.",
    sourceRef: "Section II, Objective 13",
  },
  {
    number: 14,
    title: "Enhance consular protection, assistance and cooperation throughout the migration cycle",
    progress:
      "Seeking to guarantee consular protection for emigrants and immigrants, in addition to optimising the new consular management model, the network of Emigrant Support Offices (GAE) has been extended, providing support to emigrants who intend to return to Portugal as well as to Portuguese citizens intending to emigrate, with 187 GAE protocols with municipalities (+30% of geographical coverage since 2020) at the end of 2021, and this expansion of the network is ongoing.",
    sourceRef: "Section II, Objective 14",
  },
  {
    number: 15,
    title: "Provide access to basic services for migrants",
    progress:
      "Access to basic services is essential to ensure the dignity of all those seeking to build life projects in Portugal. In the area of Education, with the aim of promoting the educational success of migrant students who have recently entered the Portuguese education system, measures have been implemented to support their learning of the Portuguese language by amending the curricular area of Portuguese as a Non- Mother Tongue Language in primary and secondary education.\n\nIn the area of Health, the National Health Plan 2021-2030, aligned with Agenda 2030, foresees a strong fight against inequalities and health inequalities to \"ensure access to quality health and promote well-being for all\", regardless of an individual's migrant status. To ensure effective communication between health professionals and migrants, 631 calls were made between 2019 and December 2021 by the ACM's Telephone Translation Service (STT) to health-related institutions and 5,634 health calls were made at the CLAIMs.\n\nIn the context of Housing, a protocol was signed in 2021 between the ACM and the Institute for Housing and Urban Rehabilitation (IHRU), with a view to successfully achieving the inclusive and intercultural implementation of the new generation of housing policies. Activities have been carried out with the purpose of building housing responses to address the vulnerabilities of the immigrant population, not only for emergencies and temporary solutions, but also to build autonomous dwellings. Awareness-raising efforts are being conducted with local authorities, 177 of which have already presented Local Housing Strategies to improve housing conditions for the general population, including the immigrant population.",
    sourceRef: "Section II, Objective 15",
  },
  {
    number: 16,
    title: "Empower migrants and societies to realize full inclusion and social cohesion",
    progress:
      "Acknowledging the importance of articulation among all the entities working on integration at the local level, a total of 36 municipalities designed 43 Municipal Plans for the Integration of Migrants (PMIM) between 2019 and 2021, including inter-municipal plans, to work on effective responses tailored to the context of each municipality. With the publication of the Ministerial Order that created the Portuguese Host Language (PLA) courses in 2020, in which important amendments were made such as the increased offer, the involvement of civil society and the flexibility of the number of students per group, over one thousand training initiatives were created involving over 19 thousand participants. Additionally, in acknowledgement of the importance of immigrant associations as a form of active citizenship, 34 training courses on capacity building for associations were promoted for a total of 644 technicians from migrant associations.",
    sourceRef: "Section II, Objective 16",
  },
  {
    number: 17,
    title: "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration",
    progress:
      "Portugal's commitment to the elimination of all forms of discrimination led to the approval of the first National Plan to Combat Racism and Discrimination 2021-2025 in 2021, which aims to promote equality and combat racism and racial discrimination, targeting 10 areas of intervention and taking a cross-cutting approach to the issue of migration. In this context, the Plan for the Prevention of Manifestations of Discrimination in the Security Forces and Services of 18 March 2021 was also approved at the sectoral level, and a human rights officer has been created in all the security forces and services.",
    sourceRef: "Section II, Objective 17",
  },
  {
    number: 18,
    title: "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
    progress:
      "Seeking to promote the recognition and use of migrant skills, legislation was published which served to strengthen both the simplification of the access and permanence process of higher education students and the cooperation and communication mechanisms among the entities with competence in this area. An electronic app was designed, MySuperior, which, in a single place and by means of mobile devices, enables those applying for recognition of foreign academic degrees and higher education diplomas to view the case number, the entity/institution of higher education responsible for its analysis and its status.",
    sourceRef: "Section II, Objective 18",
  },
  {
    number: 19,
    title: "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
    progress:
      "In acknowledgement of the important Portuguese diaspora spread around the world, in 2021 Turismo de Portugal launched the 1st edition of the Online Summer School 2021 for people of Portuguese descent living outside Portugal, which included 5 \"schools\" to promote regional tourism with contents in Portuguese and English. 534 people of Portuguese descent from 46 different countries were involved in this initiative. Additionally, 2021 saw the publication of the Guide to Support Investment in the Diaspora, which aims to facilitate and clarify investment opportunities in the diaspora, both for Portuguese emigrants and people of Portuguese descent living abroad, as well as national entrepreneurs seeking to internationalise their businesses through the diaspora.",
    sourceRef: "Section II, Objective 19",
  },
  {
    number: 20,
    title: "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
    progress:
      "The promotion of remittance transfers is essential for the financial inclusion of migrants. Therefore, an assessment of migrants' problems and difficulties in transferring remittances to their countries of origin was carried out to ensure the monitoring of the implementation of this process. Additionally, the revision of the non-habitual resident tax regime made it possible to overcome the difficulties in hiring workers revealed by employers of various sectors, having strengthened the attractiveness factors of workers who move to Portugal.",
    sourceRef: "Section II, Objective 20",
  },
  {
    number: 21,
    title: "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
    progress:
      "All those wishing to return to their countries of origin should be supported in this process. Between 2020 and 2021, 453 migrants benefited from the Voluntary Return and Reintegration Support Programme (ARVoRe VII) promoted by the IOM, which aims to support migrants who wish to return voluntarily, enabling them to be supported in their reintegration. The CNAIMs also offer support in the referral of cases to ARVoRe VII, having provided over 350 consultations on voluntary return since 2020.",
    sourceRef: "Section II, Objective 21",
  },
  {
    number: 22,
    title: "Establish mechanisms for the portability of social security entitlements and earned benefits",
    progress:
      "As far as the portability of migrants' social protection rights and benefits acquired outside Portugal is concerned, the Ibero-American Multilateral Convention on Social Security currently covers 12 countries – Portugal, Argentina, Bolivia, Brazil, Chile, Ecuador, El Salvador, Spain, Paraguay, Peru, the Dominican Republic and Uruguay. New bilateral conventions are also being negotiated with Algeria, China and Israel, and negotiations are foreseen with Serbia.",
    sourceRef: "Section II, Objective 22",
  },
  {
    number: 23,
    title: "Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
    progress:
      "Considering its Champion position in the implementation of the GCM and with a view to cooperating and exchanging experiences and best practices, Portugal has participated in several Forums such as: Champion Country consultations, in the meetings of the Friends of Migration group and in several working groups of the United Nations Migration Network; sharing best practices regarding access to services by migrants within the scope of the Migration Network; participation in the meetings of the Global Forum on Migration and Development; participation in the Global Forum for Responsible Recruitment 2021; negotiation, on behalf of the EU, of the United Nations General Assembly resolutions International Migration and Development and Protection of Migrants.",
    sourceRef: "Section II, Objective 23",
  },
];

// ---------------------------------------------------------------------------
// Guiding principles (GCM, para 15)
// ---------------------------------------------------------------------------

export const guidingPrinciples: GuidingPrincipleSeed[] = [
  {
    number: 1,
    name: "People-centred",
    description:
      "The Compact has a strong human dimension and places the well-being of migrants and of communities in countries of origin, transit and destination at its core.",
  },
  {
    number: 2,
    name: "International cooperation",
    description:
      "The Compact is a non-legally binding cooperative framework recognising that no State can address migration on its own, given its transnational nature.",
  },
  {
    number: 3,
    name: "National sovereignty",
    description:
      "The Compact reaffirms the sovereign right of States to determine their national migration policy and to govern migration within their jurisdiction, in conformity with international law.",
  },
  {
    number: 4,
    name: "Rule of law and due process",
    description:
      "Respect for the rule of law, due process and access to justice is fundamental to all aspects of migration governance.",
  },
  {
    number: 5,
    name: "Sustainable development",
    description:
      "The Compact is rooted in the 2030 Agenda for Sustainable Development and recognises migration as a multidimensional reality of major relevance for the sustainable development of countries of origin, transit and destination.",
  },
  {
    number: 6,
    name: "Human rights",
    description:
      "The Compact is based on international human rights law, upholding non-regression and non-discrimination and the human rights of all migrants regardless of their migration status.",
  },
  {
    number: 7,
    name: "Gender-responsive",
    description:
      "The Compact ensures that the human rights of women, men, girls and boys are respected at all stages of migration and mainstreams a gender perspective.",
  },
  {
    number: 8,
    name: "Child-sensitive",
    description:
      "The Compact promotes existing international legal obligations on the rights of the child and upholds the best interests of the child at all times.",
  },
  {
    number: 9,
    name: "Whole-of-government approach",
    description:
      "Migration cannot be addressed by one government policy sector alone, so the Compact calls for horizontal and vertical policy coherence across all sectors and levels of government.",
  },
  {
    number: 10,
    name: "Whole-of-society approach",
    description:
      "The Compact promotes broad multi-stakeholder partnerships with migrants, diasporas, local communities, civil society, academia, the private sector and other stakeholders.",
  },
];

// ---------------------------------------------------------------------------
// Departments and other bodies named in the report
// ---------------------------------------------------------------------------

export const departments: DepartmentSeed[] = [
  {
    code: "ACM",
    name: "High Commission for Migration",
    kind: "PUBLIC_INSTITUTE",
    role: "Coordinates the technical-level monitoring of the 97 PNIPGM measures and, with the IOM, developed the 2021 consultative process on civil society's involvement in the PNIPGM; it runs a decentralised response network to support migrants (CNAIM, CLAIM and GIP).",
    sourceRef: "Section I, paragraph 5",
  },
  {
    code: "IOM",
    name: "International Organisation for Migration",
    kind: "INTERNATIONAL_ORGANISATION",
    role: "Partner of the ACM in the consultative process on civil society's involvement in the PNIPGM and of Portugal in the Migration Governance Index; promotes the ARVoRe VII voluntary return and reintegration programme.",
    sourceRef: "Section I, paragraph 5",
  },
  {
    code: "OBSERVATORY_FOR_MIGRATION",
    name: "Observatory for Migration",
    kind: "PUBLIC_INSTITUTE",
    role: "Produces annual reports on the integration of migrants.",
    sourceRef: "Section II, Objective 1",
  },
  {
    code: "CNAIM",
    name: "National Centres to Support the Integration of Migrants",
    kind: "SUPPORT_NETWORK",
    role: "Part of the ACM's decentralised response network to support migrants (4 CNAIM, with a new CNAIM opened since 2020); the CNAIMs also refer cases to ARVoRe VII, with over 350 consultations on voluntary return since 2020.",
    sourceRef: "Section II, Objective 1",
  },
  {
    code: "CLAIM",
    name: "Local Centres to Support the Integration of Migrants",
    kind: "SUPPORT_NETWORK",
    role: "Network of 145 local centres set up with local authorities, civil society entities and higher education institutions, extended by 43 new CLAIM since 2020; 5,634 health calls were made at the CLAIMs.",
    sourceRef: "Section II, Objective 1",
  },
  {
    code: "GIP",
    name: "Occupational Insertion Offices",
    kind: "SUPPORT_NETWORK",
    role: "Part of the ACM's response network to support migrants, where since 2020 a management system collects information on the characterisation of migrants.",
    sourceRef: "Section II, Objective 1",
  },
  {
    code: "SEF",
    name: "Immigration and Borders Service",
    kind: "GOVERNMENT_DEPARTMENT",
    role: "Takes part in labour inspections and in training civil servants, leads the RIMM project and participates actively in EUROPOL, having promoted five joint initiatives on illegal migration and human trafficking.",
    sourceRef: "Section II, Objective 6",
  },
  {
    code: "ACT",
    name: "Authority for Working Conditions",
    kind: "GOVERNMENT_DEPARTMENT",
    role: "Took part in the over 11,000 inspections carried out between 2019 and 2021 to guarantee decent working conditions.",
    sourceRef: "Section II, Objective 6",
  },
  {
    code: "ISS",
    name: "Social Security Institute",
    kind: "PUBLIC_INSTITUTE",
    role: "Took part in the over 11,000 inspections carried out between 2019 and 2021 to guarantee decent working conditions.",
    sourceRef: "Section II, Objective 6",
  },
  {
    code: "SECURITY_FORCES",
    name: "Security Forces and Services",
    kind: "GOVERNMENT_DEPARTMENT",
    role: "Took part in the working-conditions inspections; the Plan for the Prevention of Manifestations of Discrimination in the Security Forces and Services was approved in 2021 and a human rights officer has been created in all of them.",
    sourceRef: "Section II, Objective 6",
  },
  {
    code: "INA",
    name: "National Institute of Public Administration",
    kind: "PUBLIC_INSTITUTE",
    role: "Designed, in partnership with the ACM, the Intercultural Competences e-learning course in 2022 for public service workers and the general public.",
    sourceRef: "Section II, Objective 7",
  },
  {
    code: "IEFP",
    name: "Institute of Employment and Vocational Training",
    kind: "PUBLIC_INSTITUTE",
    role: "One of the entities that promoted the training of over 5 thousand civil servants in areas that contribute to the integration of migrants.",
    sourceRef: "Section II, Objective 7",
  },
  {
    code: "ANQEP",
    name: "National Agency for Qualification and Vocational Education and Training",
    kind: "PUBLIC_INSTITUTE",
    role: "One of the entities that promoted the training of over 5 thousand civil servants in areas that contribute to the integration of migrants.",
    sourceRef: "Section II, Objective 7",
  },
  {
    code: "EUROPOL",
    name: "European Union's Law Enforcement Agency",
    kind: "INTERNATIONAL_ORGANISATION",
    role: "EU agency in which SEF participates actively, having promoted five joint initiatives with Member States in the area of illegal migration and human trafficking.",
    sourceRef: "Section II, Objective 9",
  },
  {
    code: "OTSH",
    name: "Portuguese Observatory on Human Trafficking",
    kind: "GOVERNMENT_DEPARTMENT",
    role: "Signed a Cooperation Protocol in 2020 with Cabo Verde's Observatory for Monitoring and Rapid Identification of Situations of Trafficking in Persons for the exchange of data and information and technical and scientific collaboration.",
    sourceRef: "Section II, Objective 10",
  },
  {
    code: "BAR_ASSOCIATION",
    name: "Bar Association",
    kind: "INDEPENDENT_BODY",
    role: "Signed the November 2020 Cooperation Protocol for the permanent provision of lawyers to foreign citizens refused entry at national airports.",
    sourceRef: "Section II, Objective 13",
  },
  {
    code: "MINISTRY_OF_HOME_AFFAIRS",
    name: "Ministry of Home Affairs",
    kind: "GOVERNMENT_DEPARTMENT",
    role: "Signed the November 2020 Cooperation Protocol for the permanent provision of lawyers to foreign citizens refused entry at national airports.",
    sourceRef: "Section II, Objective 13",
  },
  {
    code: "MINISTRY_OF_JUSTICE",
    name: "Ministry of Justice",
    kind: "GOVERNMENT_DEPARTMENT",
    role: "Signed the November 2020 Cooperation Protocol for the permanent provision of lawyers to foreign citizens refused entry at national airports.",
    sourceRef: "Section II, Objective 13",
  },
  {
    code: "GAE",
    name: "Emigrant Support Offices",
    kind: "SUPPORT_NETWORK",
    role: "Network supporting emigrants who intend to return to Portugal and Portuguese citizens intending to emigrate, with 187 GAE protocols with municipalities at the end of 2021.",
    sourceRef: "Section II, Objective 14",
  },
  {
    code: "STT",
    name: "Telephone Translation Service",
    kind: "SUPPORT_NETWORK",
    role: "The ACM's service ensuring communication between health professionals and migrants; it made 631 calls to health-related institutions between 2019 and December 2021.",
    sourceRef: "Section II, Objective 15",
  },
  {
    code: "IHRU",
    name: "Institute for Housing and Urban Rehabilitation",
    kind: "PUBLIC_INSTITUTE",
    role: "Signed a protocol with the ACM in 2021 for the inclusive and intercultural implementation of the new generation of housing policies.",
    sourceRef: "Section II, Objective 15",
  },
  {
    code: "TURISMO_DE_PORTUGAL",
    name: "Turismo de Portugal",
    kind: "PUBLIC_INSTITUTE",
    role: "Launched in 2021 the 1st edition of the Online Summer School 2021 for people of Portuguese descent living outside Portugal.",
    sourceRef: "Section II, Objective 19",
  },
  {
    code: "COUNCIL_FOR_MIGRATION",
    name: "Council for Migration",
    kind: "INDEPENDENT_BODY",
    role: "Consultative body that ensures the participation and collaboration of public and private entities, including migrant populations, in defining and implementing migration policies; the report on civil society's involvement in the PNIPGM was disseminated in it.",
    sourceRef: "Section III, IMRF preparation, bullet 1",
  },
];

// ---------------------------------------------------------------------------
// Countries named in the report (sorted by ISO code)
// ---------------------------------------------------------------------------

export const countries: CountrySeed[] = [
  { iso: "AO", name: "Angola" },
  { iso: "AR", name: "Argentina" },
  { iso: "BO", name: "Bolivia" },
  { iso: "BR", name: "Brazil" },
  { iso: "CL", name: "Chile" },
  { iso: "CN", name: "China" },
  { iso: "CO", name: "Colombia" },
  { iso: "CV", name: "Cabo Verde" },
  { iso: "DO", name: "Dominican Republic" },
  { iso: "DZ", name: "Algeria" },
  { iso: "EC", name: "Ecuador" },
  { iso: "EG", name: "Egypt" },
  { iso: "ES", name: "Spain" },
  { iso: "GE", name: "Georgia" },
  { iso: "GW", name: "Guinea-Bissau" },
  { iso: "IL", name: "Israel" },
  { iso: "IN", name: "India" },
  { iso: "MA", name: "Morocco" },
  { iso: "MD", name: "Moldova" },
  { iso: "MZ", name: "Mozambique" },
  { iso: "NP", name: "Nepal" },
  { iso: "PE", name: "Peru" },
  { iso: "PH", name: "Philippines" },
  { iso: "PT", name: "Portugal" },
  { iso: "PY", name: "Paraguay" },
  { iso: "RS", name: "Serbia" },
  { iso: "ST", name: "Sao Tome and Principe" },
  { iso: "SV", name: "El Salvador" },
  { iso: "TL", name: "Timor-Leste" },
  { iso: "TN", name: "Tunisia" },
  { iso: "UY", name: "Uruguay" },
  { iso: "UZ", name: "Uzbekistan" },
];

// ---------------------------------------------------------------------------
// Initiatives putting the plan into practice
// ---------------------------------------------------------------------------

const LMA_NEGOTIATION_QUOTE =
  "similar agreements are being negotiated with Moldova, Tunisia, Uzbekistan, Georgia, the Philippines and Nepal";
const LMA_CONCLUDED_QUOTE =
  "In September 2021 and January 2022 labour mobility agreements were concluded with India and Morocco respectively, which are currently in the operationalisation process";
const SSC_NEGOTIATION_QUOTE = "New bilateral conventions are also being negotiated with Algeria, China and Israel";

/** One record per country for the labour mobility agreements under negotiation (Section I, pillar V). */
function lmaUnderNegotiation(code: string, iso: string, country: string): InitiativeColumns {
  return {
    code,
    name: `Labour mobility agreement with ${country} (under negotiation)`,
    description: `Labour mobility agreement similar to those concluded with India and Morocco, being negotiated with ${country}.`,
    status: "UNDER_NEGOTIATION",
    startYear: null,
    objectives: [],
    participants: [],
    countries: [{ countryIso: iso, role: "negotiating party" }],
    sourceRef: "Section I, pillar V",
    sourceQuote: LMA_NEGOTIATION_QUOTE,
  };
}

/** One record per country for the bilateral social security conventions (Section II, Objective 22). */
function socialSecurityConvention(
  code: string,
  iso: string,
  country: string,
  status: "UNDER_NEGOTIATION" | "PLANNED",
): InitiativeColumns {
  const negotiating = status === "UNDER_NEGOTIATION";
  return {
    code,
    name: `Bilateral social security convention with ${country}`,
    description: negotiating
      ? `New bilateral social security convention being negotiated with ${country}, for the portability of migrants' social protection rights and benefits.`
      : `Negotiations on a bilateral social security convention with ${country} are foreseen.`,
    status,
    startYear: null,
    objectives: [22],
    participants: [],
    // The report says negotiations with Serbia are foreseen, not under way.
    countries: [{ countryIso: iso, role: negotiating ? "negotiating party" : "party to foreseen negotiations" }],
    sourceRef: "Section II, Objective 22",
    sourceQuote: negotiating ? SSC_NEGOTIATION_QUOTE : "negotiations are foreseen with Serbia",
  };
}

export const initiatives: InitiativeColumns[] = [
  // --- Section I: framework, methodology and pillars ---
  {
    code: "CIVIL_SOCIETY_CONSULTATIVE_PROCESS",
    name: "Consultative process on the involvement of civil society in the PNIPGM",
    description:
      "Process developed in 2021 by the ACM in partnership with the IOM, with information sessions and a questionnaire to 49 entities, to ascertain civil society's involvement in the PNIPGM and gather recommendations to better execute the Objectives.",
    status: "COMPLETED",
    startYear: 2021,
    objectives: [],
    participants: [
      { departmentCode: "ACM", role: "LEAD" },
      { departmentCode: "IOM", role: "PARTNER" },
    ],
    countries: [],
    sourceRef: "Section I, paragraph 5",
    sourceQuote:
      "2021 the High Commission for Migration (ACM), in partnership with the International Organisation for Migration (IOM), developed a consultative process on the involvement of civil society in the PNIPGM",
  },
  {
    code: "MIGRATION_GOVERNANCE_INDEX",
    name: "Participation in the Migration Governance Index (MGI)",
    description:
      "Portugal participates, in articulation with the IOM, in the Migration Governance Index, a tool within the scope of the SDGs that identifies best practices and possible gaps in migration policies, programmes and institutional capacity, relying on a whole-of-government approach.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [],
    participants: [{ departmentCode: "IOM", role: "PARTNER" }],
    countries: [],
    sourceRef: "Section I, paragraph 6",
    sourceQuote: "Portugal is currently participating in the Migration Governance Index (MGI)",
  },
  {
    code: "PNIPGM_MONITORING",
    name: "Ministerial and technical monitoring of the PNIPGM",
    description:
      "Two spheres of intervention accompany and monitor the PNIPGM: political coordination of the departments at ministerial level, and a technical level coordinated by the ACM that closely monitors the implementation of the 97 measures.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [],
    participants: [{ departmentCode: "ACM", role: "LEAD" }],
    countries: [],
    sourceRef: "Section I, paragraph 8",
    sourceQuote:
      "at a technical level, coordinated by the ACM, which aims to closely monitor the implementation of the 97 measures that are part of the PNIPGM",
  },
  {
    code: "CPLP_MOBILITY_AGREEMENT",
    name: "Mobility agreement between the Member States of the Community of Portuguese Speaking Countries (CPLP)",
    description:
      "Agreement signed in July 2021 in Luanda, Angola, at the 13th Conference of Heads of State and Government of the CPLP, to expedite and ease regular migration flows, including circulation and residency, among CPLP Member States.",
    status: "IN_PROGRESS",
    startYear: 2021,
    objectives: [2, 5],
    participants: [],
    countries: [{ countryIso: "AO", role: "host" }],
    sourceRef: "Section I, pillar I",
    sourceQuote:
      "The mobility agreement between the Member States of the Community of Portuguese Speaking Countries (CPLP) was signed in July 2021, in Luanda, Angola",
  },
  {
    code: "NATIONAL_REFERRAL_SYSTEM_CHILD_TRAFFICKING",
    name: "National Referral System for (alleged) child victims of Human Trafficking",
    description:
      "Protocol establishing procedures for the prevention, detection and protection of (alleged) child victims of human trafficking, launched in 2021, strengthening coordination, cooperation and communication among professionals, with a particular focus on migrant children.",
    status: "IN_PROGRESS",
    startYear: 2021,
    objectives: [10],
    participants: [],
    countries: [],
    sourceRef: "Section I, pillar II",
    sourceQuote:
      "the National Referral System, launched in 2021, has served to strengthen and consolidate the coordination, cooperation and communication mechanisms",
  },
  {
    code: "REDE_INTEGRAR_VALORIZA",
    name: "Rede Integrar Valoriza",
    description:
      "Pilot project of the immigrant integration network launched in 2021 to strengthen local integration policies, through a network involving 19% of the municipalities on a national scale and public entities.",
    status: "IN_PROGRESS",
    startYear: 2021,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section I, pillar III",
    sourceQuote: "Rede Integrar Valoriza, the pilot project of the immigrant integration network launched in 2021",
  },
  {
    code: "NATIONAL_DIASPORA_INVESTMENT_SUPPORT_PROGRAMME",
    name: "National Diaspora Investment Support Programme",
    description:
      "Programme launched in 2020 to encourage the return and investment of the Diaspora in Portugal; it has enabled the attribution of over 200 Diaspora Investor Statuses.",
    status: "IN_PROGRESS",
    startYear: 2020,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section I, pillar IV",
    sourceQuote: "The National Diaspora Investment Support Programme launched in 2020",
  },
  {
    code: "LMA_INDIA",
    name: "Labour mobility agreement with India",
    description:
      "Labour mobility agreement concluded in September 2021, currently being operationalised, to increase and enhance the regularity of migration flows.",
    status: "IN_PROGRESS",
    startYear: 2021,
    objectives: [5],
    participants: [],
    countries: [{ countryIso: "IN", role: "party" }],
    sourceRef: "Section I, pillar V",
    sourceQuote: LMA_CONCLUDED_QUOTE,
  },
  {
    code: "LMA_MOROCCO",
    name: "Labour mobility agreement with Morocco",
    description:
      "Labour mobility agreement concluded in January 2022, currently being operationalised, to increase and enhance the regularity of migration flows.",
    status: "IN_PROGRESS",
    startYear: 2022,
    objectives: [5],
    participants: [],
    countries: [{ countryIso: "MA", role: "party" }],
    sourceRef: "Section I, pillar V",
    sourceQuote: LMA_CONCLUDED_QUOTE,
  },
  lmaUnderNegotiation("LMA_MOLDOVA", "MD", "Moldova"),
  lmaUnderNegotiation("LMA_TUNISIA", "TN", "Tunisia"),
  lmaUnderNegotiation("LMA_UZBEKISTAN", "UZ", "Uzbekistan"),
  lmaUnderNegotiation("LMA_GEORGIA", "GE", "Georgia"),
  lmaUnderNegotiation("LMA_PHILIPPINES", "PH", "the Philippines"),
  lmaUnderNegotiation("LMA_NEPAL", "NP", "Nepal"),

  // --- Section II, Objectives 1-23 ---
  {
    code: "MIGRANT_INTEGRATION_REPORTS",
    name: "Annual reports on the integration of migrants",
    description: "The Observatory for Migration produces annual reports on the integration of migrants.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [1],
    participants: [{ departmentCode: "OBSERVATORY_FOR_MIGRATION", role: "LEAD" }],
    countries: [],
    sourceRef: "Section II, Objective 1",
    sourceQuote: "the annual production of reports on the integration of migrants by the Observatory for Migration",
  },
  {
    code: "ANNUAL_STATISTICAL_REPORTS",
    name: "Annual statistical reports on migration",
    description:
      "Statistical reports produced annually on the entry and permanence of foreign citizens, the Portuguese diaspora, and racial and ethnic discrimination practices and processes, among others.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [1],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 1",
    sourceQuote:
      "statistical reports are produced annually on the entry and permanence of foreign citizens, the Portuguese diaspora, and racial and ethnic discrimination practices and processes",
  },
  {
    code: "GIP_MANAGEMENT_SYSTEM",
    name: "GIP management system for characterising migrants",
    description:
      "Management system implemented since 2020 in the Occupational Insertion Offices (GIP) of the ACM's response network to collect information on the characterisation of migrants and better formulate intervention responses.",
    status: "IN_PROGRESS",
    startYear: 2020,
    objectives: [1],
    participants: [
      { departmentCode: "ACM", role: "LEAD" },
      { departmentCode: "GIP", role: "PARTNER" },
    ],
    countries: [],
    sourceRef: "Section II, Objective 1",
    sourceQuote:
      "Occupational Insertion Offices (GIP) where, since 2020, a management system has been implemented to collect information on the characterisation of migrants",
  },
  {
    code: "STRATEGIC_COOPERATION_PROGRAMMES",
    name: "Strategic Cooperation Programmes (SCPs)",
    description:
      "Cooperation programmes that help combat the root causes of migration and forced displacement in partner countries, contributing to poverty eradication and sustainable development.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [2],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 2",
    sourceQuote:
      "The Strategic Cooperation Programmes (SCPs) and Triangular Cooperation Agreements play an important role in this regard.",
  },
  {
    code: "TRIANGULAR_COOPERATION_MOUS",
    name: "Memoranda of Understanding for Triangular Cooperation",
    description:
      "Memoranda of Understanding for Triangular Cooperation with countries such as Argentina, Brazil, Chile, Colombia, Egypt, El Salvador, Israel, Morocco, Peru and Uruguay, to implement triangular initiatives promoting sustainable development in third countries.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [2],
    participants: [],
    countries: [
      { countryIso: "AR", role: "partner" },
      { countryIso: "BR", role: "partner" },
      { countryIso: "CL", role: "partner" },
      { countryIso: "CO", role: "partner" },
      { countryIso: "EG", role: "partner" },
      { countryIso: "SV", role: "partner" },
      { countryIso: "IL", role: "partner" },
      { countryIso: "MA", role: "partner" },
      { countryIso: "PE", role: "partner" },
      { countryIso: "UY", role: "partner" },
    ],
    sourceRef: "Section II, Objective 2",
    sourceQuote:
      "Portugal has Memoranda of Understanding for Triangular Cooperation with countries such as Argentina, Brazil, Chile, Colombia, Egypt, El Salvador, Israel, Morocco, Peru and Uruguay",
  },
  {
    code: "DEV_PROJECTS_MOZAMBIQUE",
    name: "Development support projects in Mozambique (Cabo Delgado)",
    description:
      "Development support projects managed and co-financed by Portugal in Mozambique to increase economic opportunities in the Cabo Delgado region.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [2],
    participants: [],
    countries: [{ countryIso: "MZ", role: "project location" }],
    sourceRef: "Section II, Objective 2",
    sourceQuote:
      "Portugal manages and co-finances development support projects, notably in Mozambique, in order to increase economic opportunities in the Cabo Delgado region",
  },
  {
    code: "DEV_PROJECTS_CABO_VERDE_GUINEA_BISSAU",
    name: "Development support projects in Cabo Verde and Guinea-Bissau",
    description:
      "Development support projects managed and co-financed by Portugal in Cabo Verde and Guinea-Bissau to improve security levels and migration management.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [2],
    participants: [],
    countries: [
      { countryIso: "CV", role: "project location" },
      { countryIso: "GW", role: "project location" },
    ],
    sourceRef: "Section II, Objective 2",
    sourceQuote: "in Cape Verde and Guinea Bissau in order to improve security levels and migration management",
  },
  {
    code: "VOCATIONAL_TRAINING_COOPERATION",
    name: "Cooperation in vocational training",
    description:
      "Active cooperation in the area of vocational training with Sao Tome and Principe, Cabo Verde, Mozambique, Angola and Timor-Leste.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [2],
    participants: [],
    countries: [
      { countryIso: "ST", role: "partner" },
      { countryIso: "CV", role: "partner" },
      { countryIso: "MZ", role: "partner" },
      { countryIso: "AO", role: "partner" },
      { countryIso: "TL", role: "partner" },
    ],
    sourceRef: "Section II, Objective 2",
    sourceQuote:
      "There is also active cooperation in the area of vocational training with Sao Tome and Principe, Cape Verde, Mozambique, Angola and East Timor.",
  },
  {
    code: "EPORTUGAL_MIGRANT_INFORMATION",
    name: "Migrant information on ePortugal",
    description:
      "Online information in Portuguese and English on ePortugal, the electronic channel to State services, explaining how migrants can access public services and procedures in various areas of integration.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [3],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 3",
    sourceQuote: "online information in Portuguese and English has been made available on ePortugal",
  },
  {
    code: "MIGRANT_RECEPTION_GUIDE",
    name: "Migrant Reception Guide",
    description:
      "Guide launched with the collaboration of several government departments, with useful information on the reception and integration of migrants in Portugal for institutions, civil society and migrants.",
    status: "COMPLETED",
    startYear: null,
    objectives: [3],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 3",
    sourceQuote: "With the collaboration of several government departments, a Migrant Reception Guide was also launched",
  },
  {
    code: "NEW_CONSULAR_MANAGEMENT_MODEL",
    name: "New consular management model",
    description:
      "Optimised model ensuring a dematerialised, simplified and standard service for consular acts; serving 10 countries in Europe, it had handled over a million telephone and email contacts by the end of 2021.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [4, 14],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 4",
    sourceQuote:
      "the new consular management model has been optimised, seeking to ensure a dematerialised, simplified and standard service for the different consular acts",
  },
  {
    code: "NEW_RESIDENCE_PERMIT_MODEL",
    name: "New Residence Permit model",
    description:
      "Residence Permit model created in 2021 that includes information equivalent to the national Citizen's Card, with tax, health and social security numbers.",
    status: "COMPLETED",
    startYear: 2021,
    objectives: [4],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 4",
    sourceQuote: "A new Residence Permit model was also created for foreign citizens in 2021",
  },
  {
    code: "NATIONALITY_LAW_AMENDMENT",
    name: "Amendment of the Nationality Law",
    description:
      "Amendments to the Nationality Law extending access to original nationality and naturalisation to persons born on Portuguese territory.",
    status: "COMPLETED",
    startYear: null,
    objectives: [4],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 4",
    sourceQuote:
      "Amendments have also been made to the Nationality Law, extending access to original nationality and naturalisation to persons born on Portuguese territory.",
  },
  {
    code: "AMIF_PROJECTS",
    name: "Civil society projects financed through the Asylum, Migration and Integration Fund (AMIF)",
    description:
      "Civil society projects financed through the EU's AMIF to attract Third Country Nationals and support their labour and social insertion; four projects were being financed at the end of 2021.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [5],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 5",
    sourceQuote:
      "Portugal finances civil society projects, namely through the European Union's Asylum, Migration and Integration Fund (AMIF)",
  },
  {
    code: "WORKING_CONDITIONS_INSPECTIONS",
    name: "Inspections of working conditions",
    description:
      "Over 11,000 inspections carried out between 2019 and 2021 in sectors such as agriculture and fisheries, construction, hospitality and catering, in articulation with SEF, ACT, ISS and the Security Forces, with the involvement of Spanish entities.",
    status: "COMPLETED",
    startYear: 2019,
    objectives: [6],
    participants: [
      { departmentCode: "SEF", role: "PARTNER" },
      { departmentCode: "ACT", role: "PARTNER" },
      { departmentCode: "ISS", role: "PARTNER" },
      { departmentCode: "SECURITY_FORCES", role: "PARTNER" },
    ],
    countries: [{ countryIso: "ES", role: "partner" }],
    sourceRef: "Section II, Objective 6",
    sourceQuote: "between 2019 and 2021 over 11,000 inspections were carried out in various economic sectors",
  },
  {
    code: "CNAIM_CLAIM_NETWORK_EXPANSION",
    name: "Expansion of the CNAIM/CLAIM network",
    description:
      "The ACM's network of 4 CNAIM and 145 CLAIM, set up with local authorities, civil society entities and higher education institutions, has continued to expand since 2020 with a new CNAIM and 43 new CLAIM (+40%) to ensure national coverage.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [1, 7],
    participants: [
      { departmentCode: "ACM", role: "LEAD" },
      { departmentCode: "CNAIM", role: "PARTNER" },
      { departmentCode: "CLAIM", role: "PARTNER" },
    ],
    countries: [],
    sourceRef: "Section II, Objective 7",
    sourceQuote:
      "The expansion of the Network has continued since 2020, with the opening of a new CNAIM and 43 new CLAIM (+40%)",
  },
  {
    code: "INTERCULTURAL_COMPETENCES_ELEARNING",
    name: "Intercultural Competences e-learning course",
    description:
      "E-learning course designed in 2022 by INA in partnership with the ACM for public service workers and the general public, with 6 thousand enrolments.",
    status: "IN_PROGRESS",
    startYear: 2022,
    objectives: [7],
    participants: [
      { departmentCode: "INA", role: "LEAD" },
      { departmentCode: "ACM", role: "PARTNER" },
    ],
    countries: [],
    sourceRef: "Section II, Objective 7",
    sourceQuote:
      "the National Institute of Public Administration (INA) designed an Intercultural Competences e-learning course in 2022",
  },
  {
    code: "CIVIL_SERVANT_TRAINING",
    name: "Training of civil servants on migrant integration",
    description:
      "Training of over 5 thousand civil servants, promoted by ACM, IEFP, ANQEP and SEF, in areas such as cultural diversity, international protection, prevention of human trafficking, forced repatriation and prevention of discriminatory practices.",
    status: "COMPLETED",
    startYear: null,
    objectives: [7],
    participants: [
      { departmentCode: "ACM", role: "LEAD" },
      { departmentCode: "IEFP", role: "LEAD" },
      { departmentCode: "ANQEP", role: "LEAD" },
      { departmentCode: "SEF", role: "LEAD" },
    ],
    countries: [],
    sourceRef: "Section II, Objective 7",
    sourceQuote: "The training of over 5 thousand civil servants was also promoted by several entities",
  },
  {
    code: "NSIBM_2020_2023",
    name: "National Strategy for Integrated Border Management 2020-2023",
    description:
      "Draft national strategy, currently under approval, that includes strengthened coordination for saving lives at sea and the capacity to receive citizens in rescue situations at sea as a specific goal.",
    status: "UNDER_APPROVAL",
    startYear: null,
    objectives: [8],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 8",
    sourceQuote: "the draft National Strategy for Integrated Border Management 2020-2023, currently under approval",
  },
  {
    code: "CONTINGENCY_PLAN_IRREGULAR_IMMIGRATION_SEA",
    name: "Contingency Plan for Irregular Immigration by sea",
    description:
      "Draft contingency plan prepared to ensure the primacy of safeguarding human life; the hotspot for arrivals on the Algarve coast, in its final stages, comes under the National Contingency Plan for irregular immigration by sea.",
    // "a draft ... has been prepared": drafted, as border records it; the report does not say it awaits approval.
    status: "DRAFTED",
    startYear: null,
    objectives: [8, 11],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 8",
    sourceQuote:
      "a draft Contingency Plan for Irregular Immigration by sea has been prepared to ensure the primacy of safeguarding human life",
  },
  {
    code: "RIMM",
    name: "Reinforcement of Integrated Migration Management (RIMM) project",
    description:
      "Project led by SEF regulating migration flows between the EU and third countries, with Sao Tome and Principe as partner and Guinea-Bissau and Cabo Verde as beneficiaries, building local capacity to control migration flows and preventing human trafficking.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [9],
    participants: [{ departmentCode: "SEF", role: "LEAD" }],
    countries: [
      { countryIso: "ST", role: "partner" },
      { countryIso: "GW", role: "beneficiary" },
      { countryIso: "CV", role: "beneficiary" },
    ],
    sourceRef: "Section II, Objective 9",
    sourceQuote: "SEF leads the Reinforcement of Integrated Migration Management (RIMM) project",
  },
  {
    code: "EUROPOL_JOINT_INITIATIVES",
    name: "Joint initiatives with EUROPOL",
    description:
      "SEF participates actively in EUROPOL, having promoted five joint initiatives with Member States in the area of illegal migration and human trafficking.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [9],
    participants: [
      { departmentCode: "SEF", role: "LEAD" },
      { departmentCode: "EUROPOL", role: "PARTNER" },
    ],
    countries: [],
    sourceRef: "Section II, Objective 9",
    sourceQuote:
      "SEF also participates actively in the European Union's Law Enforcement Agency (EUROPOL), having promoted five joint initiatives with Member States",
  },
  {
    code: "OTSH_CABO_VERDE_PROTOCOL",
    name: "Cooperation Protocol between OTSH and Cabo Verde's trafficking observatory",
    description:
      "Cooperation Protocol signed in 2020 by the OTSH and Cabo Verde's Observatory for Monitoring and Rapid Identification of Situations of Trafficking in Persons for the exchange of data and information and technical and scientific collaboration.",
    status: "IN_PROGRESS",
    startYear: 2020,
    objectives: [10],
    participants: [{ departmentCode: "OTSH", role: "PARTNER" }],
    countries: [{ countryIso: "CV", role: "party" }],
    sourceRef: "Section II, Objective 10",
    sourceQuote:
      "in 2020 the Portuguese Observatory on Human Trafficking (OTSH) and Cabo Verde's Observatory for Monitoring and Rapid Identification of Situations of Trafficking in Persons signed a Cooperation Protocol",
  },
  {
    code: "BIOMETRIC_BORDER_CROSSING",
    name: "Biometric identification for air and sea border crossings",
    description: "Solutions developed for air and sea border crossings using biometric identification.",
    status: "COMPLETED",
    startYear: null,
    objectives: [11],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 11",
    sourceQuote: "solutions have been developed for air and sea border crossings using biometric identification",
  },
  {
    code: "EES",
    name: "European Entry-Exit System (EES)",
    description: "Implementation of the European Entry-Exit System, expected to be operational in May 2022.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [11],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 11",
    sourceQuote:
      "the implementation of the European Entry-Exit System (EES), which is expected to be operational in May 2022",
  },
  {
    code: "ALGARVE_HOTSPOT",
    name: "Hotspot for arrivals on the Algarve coast",
    description:
      "Hotspot for the arrival of people on the Algarve coast, in its final stages under the National Contingency Plan for irregular immigration by sea.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [11],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 11",
    sourceQuote: "a hotspot for the arrival of people on the Algarve coast is in its final stages",
  },
  {
    code: "SCREENING_REGISTRATION_CENTRES",
    name: "Screening and Registration Centres",
    description:
      "Foreseen centres for third country nationals who do not meet the conditions for entry into national territory.",
    status: "PLANNED",
    startYear: null,
    objectives: [11],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 11",
    sourceQuote:
      "the creation of Screening and Registration Centres for third country nationals who do not meet the conditions for entry into national territory is also foreseen",
  },
  {
    code: "MYSEF",
    name: "MySEF",
    description:
      "Document management system implemented in 2020 that streamlines residence decisions and lets foreign citizens renew their residence permit without going to a help desk, enabling the renewal of over 187 thousand residence permits.",
    status: "IN_PROGRESS",
    startYear: 2020,
    objectives: [12],
    participants: [{ departmentCode: "SEF", role: "LEAD" }],
    countries: [],
    sourceRef: "Section II, Objective 12",
    sourceQuote: "the implementation of the MySEF system in 2020 for more efficient and integrated document management",
  },
  {
    code: "AIRPORT_LEGAL_AID_PROTOCOL",
    name: "Cooperation Protocol on legal aid for foreign citizens refused entry at airports",
    description:
      "Protocol signed in November 2020 for the permanent provision of lawyers to advise and assist foreign citizens refused entry at national airports; support has been mobilised for over 500 foreign citizens.",
    status: "IN_PROGRESS",
    startYear: 2020,
    objectives: [13],
    participants: [
      { departmentCode: "BAR_ASSOCIATION", role: "PARTNER" },
      { departmentCode: "MINISTRY_OF_HOME_AFFAIRS", role: "PARTNER" },
      { departmentCode: "MINISTRY_OF_JUSTICE", role: "PARTNER" },
    ],
    countries: [],
    sourceRef: "Section II, Objective 13",
    sourceQuote:
      "A Cooperation Protocol was also signed in November 2020 by the Bar Association, the Ministry of Home Affairs and the Ministry of Justice for the permanent provision of lawyers",
  },
  {
    code: "GAE_NETWORK_EXTENSION",
    name: "Extension of the Emigrant Support Offices (GAE) network",
    description:
      "Extension of the GAE network supporting emigrants who intend to return and Portuguese citizens intending to emigrate: 187 GAE protocols with municipalities at the end of 2021 (+30% geographical coverage since 2020), with expansion ongoing.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [14],
    participants: [{ departmentCode: "GAE", role: "PARTNER" }],
    countries: [],
    sourceRef: "Section II, Objective 14",
    sourceQuote: "the network of Emigrant Support Offices (GAE) has been extended",
  },
  {
    code: "PORTUGUESE_NON_MOTHER_TONGUE",
    name: "Portuguese as a Non-Mother Tongue Language",
    description:
      "Amendment of the curricular area of Portuguese as a Non-Mother Tongue Language in primary and secondary education to support migrant students' learning of Portuguese.",
    status: "COMPLETED",
    startYear: null,
    objectives: [15],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 15",
    sourceQuote:
      "by amending the curricular area of Portuguese as a Non- Mother Tongue Language in primary and secondary education",
  },
  {
    code: "NATIONAL_HEALTH_PLAN_2021_2030",
    name: "National Health Plan 2021-2030",
    description:
      "Health plan aligned with Agenda 2030 that foresees a strong fight against health inequalities, to ensure access to quality health for all regardless of migrant status.",
    // The report says the plan "foresees"; it runs from 2021 to 2030, so it is under way, not done.
    status: "IN_PROGRESS",
    startYear: 2021,
    objectives: [15],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 15",
    sourceQuote:
      "the National Health Plan 2021-2030, aligned with Agenda 2030, foresees a strong fight against inequalities and health inequalities",
  },
  {
    code: "TELEPHONE_TRANSLATION_SERVICE",
    name: "Telephone Translation Service (STT)",
    description:
      "The ACM's telephone translation service supporting communication between health professionals and migrants; 631 calls to health-related institutions between 2019 and December 2021.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [15],
    participants: [
      { departmentCode: "ACM", role: "LEAD" },
      { departmentCode: "STT", role: "PARTNER" },
    ],
    countries: [],
    sourceRef: "Section II, Objective 15",
    sourceQuote:
      "631 calls were made between 2019 and December 2021 by the ACM's Telephone Translation Service (STT) to health-related institutions",
  },
  {
    code: "ACM_IHRU_HOUSING_PROTOCOL",
    name: "ACM–IHRU housing protocol",
    description:
      "Protocol signed in 2021 between the ACM and IHRU for the inclusive and intercultural implementation of the new generation of housing policies, building housing responses for vulnerable immigrants.",
    status: "IN_PROGRESS",
    startYear: 2021,
    objectives: [15],
    participants: [
      { departmentCode: "ACM", role: "PARTNER" },
      { departmentCode: "IHRU", role: "PARTNER" },
    ],
    countries: [],
    sourceRef: "Section II, Objective 15",
    sourceQuote:
      "a protocol was signed in 2021 between the ACM and the Institute for Housing and Urban Rehabilitation (IHRU)",
  },
  {
    code: "LOCAL_HOUSING_STRATEGIES",
    name: "Local Housing Strategies",
    description:
      "Awareness-raising with local authorities, 177 of which have presented Local Housing Strategies to improve housing conditions for the general population, including immigrants.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [15],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 15",
    sourceQuote:
      "177 of which have already presented Local Housing Strategies to improve housing conditions for the general population",
  },
  {
    code: "PMIM",
    name: "Municipal Plans for the Integration of Migrants (PMIM)",
    description:
      "43 Municipal Plans for the Integration of Migrants, including inter-municipal plans, designed by 36 municipalities between 2019 and 2021.",
    status: "COMPLETED",
    startYear: 2019,
    objectives: [16],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 16",
    sourceQuote:
      "a total of 36 municipalities designed 43 Municipal Plans for the Integration of Migrants (PMIM) between 2019 and 2021",
  },
  {
    code: "PLA_COURSES",
    name: "Portuguese Host Language (PLA) courses",
    description:
      "Courses created by a Ministerial Order in 2020 with increased offer, civil society involvement and flexible group sizes; over one thousand training initiatives with over 19 thousand participants.",
    status: "IN_PROGRESS",
    startYear: 2020,
    objectives: [16],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 16",
    sourceQuote: "the Ministerial Order that created the Portuguese Host Language (PLA) courses in 2020",
  },
  {
    code: "ASSOCIATIONS_CAPACITY_BUILDING",
    name: "Capacity-building courses for migrant associations",
    description: "34 training courses on capacity building for associations, for a total of 644 technicians from migrant associations.",
    status: "COMPLETED",
    startYear: null,
    objectives: [16],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 16",
    sourceQuote:
      "34 training courses on capacity building for associations were promoted for a total of 644 technicians from migrant associations",
  },
  {
    code: "NPCRD_2021_2025",
    name: "National Plan to Combat Racism and Discrimination 2021-2025",
    description:
      "First national plan against racism and discrimination, approved in 2021, targeting 10 areas of intervention with a cross-cutting approach to migration.",
    status: "COMPLETED",
    startYear: 2021,
    objectives: [17],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 17",
    sourceQuote: "the approval of the first National Plan to Combat Racism and Discrimination 2021-2025 in 2021",
  },
  {
    code: "SECURITY_FORCES_DISCRIMINATION_PREVENTION_PLAN",
    name: "Plan for the Prevention of Manifestations of Discrimination in the Security Forces and Services",
    description: "Sectoral plan approved on 18 March 2021 to prevent discrimination in the security forces and services.",
    status: "COMPLETED",
    startYear: 2021,
    objectives: [17],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 17",
    sourceQuote:
      "the Plan for the Prevention of Manifestations of Discrimination in the Security Forces and Services of 18 March 2021 was also approved at the sectoral level",
  },
  {
    code: "HUMAN_RIGHTS_OFFICERS",
    name: "Human rights officers in the security forces and services",
    description: "A human rights officer has been created in all the security forces and services.",
    status: "COMPLETED",
    startYear: null,
    objectives: [17],
    participants: [{ departmentCode: "SECURITY_FORCES", role: "PARTNER" }],
    countries: [],
    sourceRef: "Section II, Objective 17",
    sourceQuote: "a human rights officer has been created in all the security forces and services",
  },
  {
    code: "HIGHER_EDUCATION_ACCESS_LEGISLATION",
    name: "Legislation simplifying higher education access and permanence",
    description:
      "Published legislation simplifying the access and permanence process of higher education students and strengthening cooperation among the competent entities.",
    status: "COMPLETED",
    startYear: null,
    objectives: [18],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 18",
    sourceQuote:
      "legislation was published which served to strengthen both the simplification of the access and permanence process of higher education students",
  },
  {
    code: "MYSUPERIOR",
    name: "MySuperior",
    description:
      "Mobile app that lets applicants for recognition of foreign academic degrees and higher education diplomas view their case number, the responsible institution and the case status.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [18],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 18",
    sourceQuote: "An electronic app was designed, MySuperior, which, in a single place and by means of mobile devices",
  },
  {
    code: "ONLINE_SUMMER_SCHOOL_2021",
    name: "Online Summer School 2021",
    description:
      "1st edition, launched by Turismo de Portugal in 2021, for people of Portuguese descent living outside Portugal, with 5 \"schools\" promoting regional tourism; 534 participants from 46 countries.",
    status: "COMPLETED",
    startYear: 2021,
    objectives: [19],
    participants: [{ departmentCode: "TURISMO_DE_PORTUGAL", role: "LEAD" }],
    countries: [],
    sourceRef: "Section II, Objective 19",
    sourceQuote:
      "in 2021 Turismo de Portugal launched the 1st edition of the Online Summer School 2021 for people of Portuguese descent living outside Portugal",
  },
  {
    code: "DIASPORA_INVESTMENT_GUIDE",
    name: "Guide to Support Investment in the Diaspora",
    description:
      "Guide published in 2021 to facilitate and clarify investment opportunities in the diaspora for Portuguese emigrants, people of Portuguese descent abroad and national entrepreneurs.",
    status: "COMPLETED",
    startYear: 2021,
    objectives: [19],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 19",
    sourceQuote: "2021 saw the publication of the Guide to Support Investment in the Diaspora",
  },
  {
    code: "REMITTANCES_ASSESSMENT",
    name: "Assessment of migrants' difficulties in transferring remittances",
    description:
      "Assessment of migrants' problems and difficulties in transferring remittances to their countries of origin, carried out to monitor this process.",
    status: "COMPLETED",
    startYear: null,
    objectives: [20],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 20",
    sourceQuote:
      "an assessment of migrants' problems and difficulties in transferring remittances to their countries of origin was carried out",
  },
  {
    code: "NON_HABITUAL_RESIDENT_TAX_REVISION",
    name: "Revision of the non-habitual resident tax regime",
    description:
      "Revision of the tax regime that helped overcome employers' difficulties in hiring workers and strengthened Portugal's attractiveness to workers.",
    status: "COMPLETED",
    startYear: null,
    objectives: [20],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 20",
    sourceQuote:
      "the revision of the non-habitual resident tax regime made it possible to overcome the difficulties in hiring workers",
  },
  {
    code: "ARVORE_VII",
    name: "Voluntary Return and Reintegration Support Programme (ARVoRe VII)",
    description:
      "IOM programme supporting migrants who wish to return voluntarily and their reintegration; 453 migrants benefited in 2020-2021, and the CNAIMs refer cases to it.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [21],
    participants: [
      { departmentCode: "IOM", role: "LEAD" },
      { departmentCode: "CNAIM", role: "PARTNER" },
    ],
    countries: [],
    sourceRef: "Section II, Objective 21",
    sourceQuote:
      "453 migrants benefited from the Voluntary Return and Reintegration Support Programme (ARVoRe VII) promoted by the IOM",
  },
  {
    code: "IBERO_AMERICAN_SOCIAL_SECURITY_CONVENTION",
    name: "Ibero-American Multilateral Convention on Social Security",
    description:
      "Multilateral convention on the portability of social protection rights, currently covering 12 countries.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [22],
    participants: [],
    countries: [
      { countryIso: "PT", role: "covered" },
      { countryIso: "AR", role: "covered" },
      { countryIso: "BO", role: "covered" },
      { countryIso: "BR", role: "covered" },
      { countryIso: "CL", role: "covered" },
      { countryIso: "EC", role: "covered" },
      { countryIso: "SV", role: "covered" },
      { countryIso: "ES", role: "covered" },
      { countryIso: "PY", role: "covered" },
      { countryIso: "PE", role: "covered" },
      { countryIso: "DO", role: "covered" },
      { countryIso: "UY", role: "covered" },
    ],
    sourceRef: "Section II, Objective 22",
    sourceQuote: "the Ibero-American Multilateral Convention on Social Security currently covers 12 countries",
  },
  socialSecurityConvention("SSC_ALGERIA", "DZ", "Algeria", "UNDER_NEGOTIATION"),
  socialSecurityConvention("SSC_CHINA", "CN", "China", "UNDER_NEGOTIATION"),
  socialSecurityConvention("SSC_ISRAEL", "IL", "Israel", "UNDER_NEGOTIATION"),
  socialSecurityConvention("SSC_SERBIA", "RS", "Serbia", "PLANNED"),
  {
    code: "GCM_FORUMS_PARTICIPATION",
    name: "Participation in GCM and migration forums",
    description:
      "As a Champion country, Portugal takes part in Champion Country consultations, the Friends of Migration group, United Nations Migration Network working groups, the Global Forum on Migration and Development and the Global Forum for Responsible Recruitment 2021, and negotiated, on behalf of the EU, the UNGA resolutions International Migration and Development and Protection of Migrants.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [23],
    participants: [],
    countries: [],
    sourceRef: "Section II, Objective 23",
    sourceQuote:
      "Portugal has participated in several Forums such as: Champion Country consultations, in the meetings of the Friends of Migration group",
  },

  // --- Section II, additional pandemic measures ---
  {
    code: "EXTRAORDINARY_REGULARISATION_EXTENSION",
    name: "Extension of the temporary and extraordinary regularisation measure",
    description:
      "Extension of the regularisation measure to foreign citizens with pending cases as of 31 December 2021, with their descendants becoming eligible for family benefits; document validity extended until the end of June 2022.",
    status: "COMPLETED",
    startYear: null,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section II, pandemic measures, bullet 1",
    sourceQuote:
      "Extension of the temporary and extraordinary regularisation measure for foreign citizens with pending cases as of 31 December 2021",
  },
  {
    code: "COVID19_VACCINATION_PLAN",
    name: "COVID-19 Vaccination Plan",
    description:
      "Vaccination plan in force since the end of 2020 covering asylum seekers and irregular immigrants; around 600 thousand foreign citizens were vaccinated, complemented by initiatives with the business community and collective vaccination of agricultural workers.",
    status: "IN_PROGRESS",
    startYear: 2020,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section II, pandemic measures, bullet 2",
    sourceQuote:
      "The COVID-19 Vaccination Plan, which came into force at the end of 2020, covers asylum seekers and irregular immigrants",
  },
  {
    code: "NHS_NUMBER_REGISTRATION_PLATFORM",
    name: "Online registration platform for citizens without an NHS number",
    description:
      "Online platform created to register citizens without an NHS number for vaccination, contributing to the allocation of over 45 thousand NHS numbers.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section II, pandemic measures, bullet 2",
    sourceQuote: "an online platform was created to register citizens without an NHS number",
  },
  {
    code: "EXTRAORDINARY_SOCIAL_PROTECTION_SUPPORT",
    name: "Extraordinary social protection support measures",
    description:
      "Extraordinary measures and support mechanisms within social protection, such as access to layoff, that gave direct support to 153,000 foreign citizens in 2020 and 146,000 in 2021.",
    status: "COMPLETED",
    startYear: 2020,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section II, pandemic measures, bullet 3",
    sourceQuote:
      "ensured direct support to 153,000 foreign citizens in 2020 and 146,000 in 2021, in measures such as access to layoff",
  },
  {
    code: "MULTILINGUAL_COVID_INFORMATION",
    name: "Multilingual information on Covid-19 and vaccination",
    description: "Continued production and dissemination of information on Covid-19 and vaccination in multiple languages.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section II, pandemic measures, bullet 4",
    sourceQuote:
      "Continued production and dissemination of information content on Covid-19 and vaccination in multiple languages.",
  },

  // --- Section II, Presidency of the Council of the EU (PPUE, first semester 2021) ---
  {
    code: "PPUE_JUMBO_MEETING",
    name: "Informal 'jumbo' meeting of EU Foreign Affairs and Home Affairs Ministers",
    description:
      "Meeting held during the PPUE, the first in six years, in which Ministers discussed comprehensive and mutually beneficial partnerships with third countries as called for in the New Pact on Migration and Asylum.",
    status: "COMPLETED",
    startYear: 2021,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section II, PPUE paragraph",
    sourceQuote:
      "the informal 'jumbo' meeting of EU Foreign Affairs Ministers and Home Affairs Ministers, which had not occurred for six years",
  },
  {
    code: "BLUE_CARD_DIRECTIVE_REVISION",
    name: "Revision of the Blue Card directive",
    description:
      "Revision approved during the PPUE to promote legal migration channels for highly qualified third-country nationals.",
    status: "COMPLETED",
    startYear: 2021,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section II, PPUE paragraph",
    sourceQuote: "During the PPUE the revision of the Blue Card directive was also approved",
  },
  {
    code: "EUAA_REGULATION_PROVISIONAL_AGREEMENT",
    name: "Provisional agreement on the Regulation establishing the European Union Agency for Asylum",
    description:
      "Provisional agreement reached between the Presidency of the Council of the EU and the European Parliament on the Regulation establishing the European Union Agency for Asylum.",
    status: "COMPLETED",
    startYear: 2021,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section II, PPUE paragraph",
    sourceQuote:
      "A provisional agreement was also reached between the Presidency of the Council of the EU and the European Parliament on the Regulation establishing the European Union Agency for Asylum.",
  },
  {
    code: "EU_INTEGRATION_DIALOGUE_REACTIVATION",
    name: "Reactivation of EU dialogue arenas on migrant integration policies",
    description:
      "Different dialogue and discussion arenas on integration policies for migrants within the EU were reactivated during the PPUE.",
    status: "COMPLETED",
    startYear: 2021,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section II, PPUE paragraph",
    sourceQuote:
      "different dialogue and discussion arenas regarding integration policies for migrants within the Union were reactivated",
  },

  // --- Section III: preparation of the first IMRF and next steps ---
  {
    code: "IMRF_ROADMAP",
    name: "Roadmap for the preparation of the first IMRF",
    description:
      "Portugal's roadmap for the first International Migration Review Forum, which foresees this updated voluntary national report and other preparatory initiatives.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section III, paragraph 1",
    sourceQuote: "this report is also foreseen in Portugal's roadmap for the preparation of the first IMRF",
  },
  {
    code: "IMRF_CIVIL_SOCIETY_REPORT_DISSEMINATION",
    name: "Dissemination of the report on civil society's involvement in the PNIPGM",
    description:
      "The IOM and ACM disseminated the report on civil society's involvement in the PNIPGM in the Council for Migration and shared initiatives prior to the Forum, appealing for civil society participation.",
    status: "COMPLETED",
    startYear: null,
    objectives: [],
    participants: [
      { departmentCode: "IOM", role: "LEAD" },
      { departmentCode: "ACM", role: "LEAD" },
      { departmentCode: "COUNCIL_FOR_MIGRATION", role: "PARTNER" },
    ],
    countries: [],
    sourceRef: "Section III, IMRF preparation, bullet 1",
    sourceQuote:
      "Dissemination on the part of the IOM and ACM of the report on civil society's involvement in the PNIPGM in the Council for Migration",
  },
  {
    code: "IMRF_BEST_PRACTICES_SUBMISSION",
    name: "Submission of national best practices",
    description:
      "Submission of national best practices to disseminate resources and actions that may be replicated in other contexts and territories.",
    status: "COMPLETED",
    startYear: null,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section III, IMRF preparation, bullet 2",
    sourceQuote:
      "Submission of national best practices aimed at disseminating resources and actions that may be replicated in other contexts and territories.",
  },
  {
    code: "PNIPGM_PROGRESS_DECLARATION_ADAPTATION",
    name: "Adaptation of the PNIPGM to the IMRF Progress Declaration",
    description:
      "Identified commitment to adapt the national implementation plan of the GCM to the Progress Declaration to be adopted at the IMRF, aligning national implementation with international commitments.",
    status: "PLANNED",
    startYear: null,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section III, IMRF preparation, bullet 3",
    sourceQuote:
      "the adaptation of the national implementation plan of the GCM to the Progress Declaration that will be adopted during the IMRF",
  },
  {
    code: "IMRF_PREPARATORY_DIALOGUES_AND_EVENTS",
    name: "IMRF preparatory dialogues and co-organised bilateral events",
    description:
      "Active participation in the IMRF preparatory dialogues and co-organisation of three bilateral events: on the 100 days prior to the IMRF, on migrants' health and on alternatives to detention.",
    status: "COMPLETED",
    startYear: null,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section III, IMRF preparation, bullet 4",
    sourceQuote:
      "Active participation in the preparatory dialogues as well as in the co-organisation of three bilateral events",
  },
  {
    code: "IMRF_JOINT_DECLARATIONS",
    name: "Endorsement of joint declarations",
    description:
      "Endorsement of the declaration of the Champion countries on the Secretary-General's report on GCM implementation, the declaration of 16 EU Member States in support of the Progress Declaration, and the Rabat Declaration.",
    status: "COMPLETED",
    startYear: null,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section III, IMRF preparation, bullet 5",
    sourceQuote:
      "Endorsement of joint declarations, in particular the declaration of the Champion countries on the presentation of the report",
  },
  {
    code: "PNIPGM_COMPREHENSIVE_REVIEW",
    name: "Comprehensive review of the PNIPGM",
    description:
      "Ongoing comprehensive review process of the National Plan, on which further development of existing policies and new policies for emerging issues may be based.",
    status: "IN_PROGRESS",
    startYear: null,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section III, next steps, bullet 1",
    sourceQuote: "based on the ongoing comprehensive review process",
  },
  {
    code: "PNIPGM_MONITORING_ELECTRONIC_PLATFORM",
    name: "Electronic platform for monitoring the PNIPGM",
    description:
      "Next step: strengthening the monitoring mechanisms through an electronic platform, so that work continues even in periods of transition.",
    status: "PLANNED",
    startYear: null,
    objectives: [],
    participants: [],
    countries: [],
    sourceRef: "Section III, next steps, bullet 4",
    sourceQuote: "Strengthening the monitoring mechanisms, namely through an electronic platform",
  },
];

// ---------------------------------------------------------------------------
// Plan-level observations
// ---------------------------------------------------------------------------

export const observations: Prisma.ObservationCreateManyInput[] = [
  {
    code: "plan_measures_total",
    label: "Measures in the PNIPGM",
    value: 97,
    unit: "measures",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section I, paragraph 8",
    sourceQuote: "monitor the implementation of the 97 measures that are part of the PNIPGM",
  },
  {
    code: "plan_measures_accomplished",
    label: "PNIPGM measures accomplished",
    value: 21,
    unit: "measures",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section II, paragraph 2",
    sourceQuote: "21 measures have been accomplished",
  },
  {
    code: "plan_measures_continuous_design_share",
    label: "Share of PNIPGM measures designed to be continuously implemented",
    value: 58,
    unit: "percent",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section II, paragraph 2",
    sourceQuote: "measures designed to be continuously implemented (58% of the PNIPGM measures)",
  },
  {
    code: "plan_measures_continuous_implementation_share",
    label: "Share of PNIPGM measures continuously implemented",
    value: 70,
    unit: "percent",
    qualifier: "EXACT",
    ...statedPeriod.since("2020", "since 2020"),
    objectiveNumber: null,
    sourceRef: "Section II, paragraph 2",
    sourceQuote: "70% of the Plan's measures have been continuously implemented since 2020",
  },
  {
    code: "plan_government_departments",
    label: "Government departments participating in the PNIPGM",
    value: 16,
    unit: "government departments",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section I, paragraph 7",
    sourceQuote: "the coordinated participation of 16 government departments and 28 public institutes",
  },
  {
    code: "plan_public_institutes",
    label: "Public institutes participating in the PNIPGM",
    value: 28,
    unit: "public institutes",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section I, paragraph 7",
    sourceQuote: "the coordinated participation of 16 government departments and 28 public institutes",
  },
  {
    code: "civil_society_consultation_entities",
    label: "Entities sent the civil society consultation questionnaire",
    value: 49,
    unit: "entities",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section I, paragraph 5",
    sourceQuote: "2021 the High Commission for Migration (ACM), in partnership with the International Organisation for Migration (IOM), developed a consultative process on the involvement of civil society in the PNIPGM. The aim of this process, which included information sessions and the development of a questionnaire to 49 entities",
  },
  {
    code: "plan_objectives",
    label: "Objectives of the PNIPGM",
    value: 23,
    unit: "objectives",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section I, paragraph 7",
    sourceQuote: "achieve the Plan's 23 objectives based on 5 core pillars",
  },
  {
    code: "plan_pillars",
    label: "Core pillars of the PNIPGM",
    value: 5,
    unit: "pillars",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section I, paragraph 7",
    sourceQuote: "achieve the Plan's 23 objectives based on 5 core pillars",
  },
  {
    code: "gcm_guiding_principles",
    label: "GCM guiding principles reflected in the PNIPGM measures",
    value: 10,
    unit: "guiding principles",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section I, paragraph 7",
    sourceQuote: "cross-cuttingly reflected in the 10 guiding principles of the GCM",
  },
  {
    code: "civil_society_contribution_objectives",
    label: "Objectives to which civil society entities offer particular contributions",
    value: 7,
    unit: "objectives",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section II, involvement of civil society",
    sourceQuote: "civil society entities offer particular contributions to seven of the objectives",
  },
  {
    code: "eu_member_states_progress_declaration_support",
    label: "EU Member States in the joint declaration supporting the Progress Declaration",
    value: 16,
    unit: "member states",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section III, IMRF preparation, bullet 5",
    sourceQuote:
      "the declaration of 16 Member States of the European Union in support of the Progress Declaration",
  },
  {
    code: "imrf_bilateral_events_coorganised",
    label: "Bilateral events co-organised in preparation of the IMRF",
    value: 3,
    unit: "events",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section III, IMRF preparation, bullet 4",
    sourceQuote: "the co-organisation of three bilateral events",
  },
  {
    code: "plan_governance_spheres",
    label: "Spheres of intervention established to accompany and monitor the PNIPGM (ministerial and technical)",
    value: 2,
    unit: "spheres of intervention",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section I, paragraph 8",
    sourceQuote:
      "two spheres of intervention were established: at a ministerial level, through political coordination of the different departments involved in the Plan, and at a technical level, coordinated by the ACM",
  },
  {
    code: "plan_promotion_and_monitoring_years",
    label: "Years of inter-ministerial and technical efforts to promote and monitor the PNIPGM (more than; lower bound)",
    value: 2,
    unit: "years",
    qualifier: "MORE_THAN",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section II, paragraph 1",
    sourceQuote: "The inter-ministerial and technical efforts to promote and monitor the PNIPGM over more than two years",
  },
  {
    code: "plan_implementation_years",
    label: "Years into the PNIPGM's implementation (more than; lower bound)",
    value: 2,
    unit: "years",
    qualifier: "MORE_THAN",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section III, paragraph 2",
    sourceQuote: "Over two years into the PNIPGM's implementation",
  },
  {
    code: "plan_legislatures",
    label: "Legislatures the implementation of the PNIPGM has been subject to",
    value: 3,
    unit: "legislatures",
    qualifier: "EXACT",
    ...NO_PERIOD,
    objectiveNumber: null,
    sourceRef: "Section III, paragraph 3",
    sourceQuote: "the implementation of the PNIPGM has so far been subject to three legislatures",
  },
];

// ---------------------------------------------------------------------------
// Dated facts (milestones): what happened when, with the report's words for the date
// ---------------------------------------------------------------------------

export const milestones: Prisma.MilestoneCreateManyInput[] = [
  {
    code: "POSITIVE_MIGRATION_APPRAISAL",
    event: "Portugal returned to a positive migration appraisal",
    date: "2017",
    dateQuote: "in 2017",
    sourceRef: "Section I, paragraph 10",
    sourceQuote: "This increase, which has become consolidated in recent years, enabled Portugal to return to a positive migration appraisal in 2017",
  },
  {
    code: "FIRST_VOLUNTARY_REGIONAL_REVIEW",
    event: "The first voluntary regional review of Portugal's Global Compact for Migration (GCM) was presented",
    date: "2020",
    dateQuote: "in 2020",
    sourceRef: "Section I, paragraph 2",
    sourceQuote: "as set forth in the first voluntary regional review of Portugal's Global Compact for Migration (GCM), presented in 2020",
  },
  {
    code: "FIRST_VOLUNTARY_NATIONAL_REPORT",
    event: "The first voluntary national report was presented",
    date: "2020",
    dateQuote: "since 2020, when",
    sourceRef: "Section I, paragraph 3",
    sourceQuote: "the advances achieved since 2020, when the first voluntary national report was presented",
  },
];
