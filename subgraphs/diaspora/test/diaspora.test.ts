import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { describeConnection, normaliseReportText, readReport, representationsOf, useTestSubgraph } from "@gcm-hub/kit/testing";
import { diaspora } from "../src/server.js";
import {
  consularServiceModels,
  cooperationAgreements,
  developmentProjects,
  diasporaProgrammes,
  internationalEngagements,
  observations,
  remittanceAssessments,
  returnProgrammes,
  supportOfficeNetworks,
} from "../prisma/seed/report.js";


const typedRecords = [
  ...cooperationAgreements,
  ...developmentProjects,
  ...consularServiceModels,
  ...supportOfficeNetworks,
  ...diasporaProgrammes,
  ...remittanceAssessments,
  ...returnProgrammes,
  ...internationalEngagements,
];

const subgraph = useTestSubgraph(diaspora);

type Figure = {
  id: string;
  label: string;
  value: number;
  unit: string;
  statedPeriod: { kind: string; start: string | null; end: string | null; label: string; quote: string | null } | null;
  period: { start: string; end: string | null; label: string } | null;
  objective: { number: number } | null;
  source: { reference: string; quote: string };
};
const FIGURE_FIELDS = "id label value unit statedPeriod { kind start end label quote } period { start end label } objective { number } source { document reference quote }";

describe("diaspora figures", () => {
  it("gives the report's figures exactly, with units, periods and objectives", async () => {
    const { data, errors } = await subgraph.execute<{ diasporaFigures: { totalCount: number; edges: { node: Figure }[] } }>(
      `{ diasporaFigures(first: 100) { totalCount edges { node { ${FIGURE_FIELDS} } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.diasporaFigures.totalCount).toBe(observations.length);
    const figure = (id: string) => data!.diasporaFigures.edges.find((edge) => edge.node.id === `diaspora.${id}`)?.node;
    // "launched in 2020" dates the programme, not the statuses: no period given.
    expect(figure("diaspora_investor_statuses_attributed")).toMatchObject({ value: 200, unit: "statuses", objective: null, statedPeriod: null, period: null });
    expect(figure("diaspora_investor_statuses_attributed")!.label).toContain("more than");
    expect(figure("consular_model_contacts_handled")).toMatchObject({ value: 1_000_000, unit: "contacts", objective: { number: 4 } });
    // "by the end of 2021" is the contacts' clause, not the countries'.
    expect(figure("consular_model_countries_served")).toMatchObject({ value: 10, unit: "countries", objective: { number: 4 }, statedPeriod: null });
    expect(figure("gae_municipal_protocols")).toMatchObject({
      value: 187,
      unit: "protocols",
      objective: { number: 14 },
      statedPeriod: { kind: "AS_OF", end: "2021-12", label: "at the end of 2021", quote: "at the end of 2021" },
      period: null,
    });
    expect(figure("gae_geographical_coverage_growth")).toMatchObject({ value: 30, unit: "percent", objective: { number: 14 }, statedPeriod: { kind: "SINCE", start: "2020", end: null, quote: "since 2020" } });
    expect(figure("summer_school_participants")).toMatchObject({ value: 534, unit: "people", objective: { number: 19 } });
    expect(figure("summer_school_participant_countries")).toMatchObject({ value: 46, unit: "countries" });
    expect(figure("summer_school_schools")).toMatchObject({ value: 5, unit: "schools" });
    expect(figure("arvore_vii_beneficiaries")).toMatchObject({ value: 453, unit: "migrants", objective: { number: 21 }, period: { start: "2020", end: "2021" } });
    expect(figure("jumbo_meeting_years_since_previous")).toMatchObject({ value: 6, unit: "years", source: { reference: "Section II, PPUE paragraph" } });
  });

  it("filters figures by objective and by pandemic response", async () => {
    const query = `query($filter: FigureFilter) { diasporaFigures(filter: $filter, first: 100) { totalCount edges { node { id value } } } }`;
    const objective14 = await subgraph.execute<{ diasporaFigures: { totalCount: number; edges: { node: { id: string; value: number } }[] } }>(query, { filter: { objective: 14 } });
    expect(objective14.data!.diasporaFigures.edges.map((edge) => edge.node.value)).toEqual([30, 187]);
    const pandemic = await subgraph.execute<{ diasporaFigures: { totalCount: number } }>(query, { filter: { pandemicResponse: true } });
    // The report gives no figure of this department in its pandemic section.
    expect(pandemic.data!.diasporaFigures.totalCount).toBe(0);
    const notPandemic = await subgraph.execute<{ diasporaFigures: { totalCount: number } }>(query, { filter: { pandemicResponse: false } });
    expect(notPandemic.data!.diasporaFigures.totalCount).toBe(observations.length);
  });

  describeConnection<{ id: string }>(subgraph, {
    field: "diasporaFigures", filterType: "FigureFilter", nodeFields: "id", key: "id", every: () => observations.map((observation) => observation.code), pageSize: 3,
  });
});

describe("consular support, diaspora programmes, remittances and return", () => {
  it("serves the new consular management model with its figures", async () => {
    const { data } = await subgraph.execute<{ consularServiceModel: { serviceQualities: string[]; area: string; status: string; figures: { value: number }[]; objectives: { number: number }[]; initiative: { code: string } } }>(
      `{ consularServiceModel(code: "NEW_CONSULAR_MANAGEMENT_MODEL") { serviceQualities area status figures { value } objectives { number } initiative { code } } }`,
    );
    expect(data!.consularServiceModel).toEqual({
      serviceQualities: ["dematerialised", "simplified", "standard"],
      area: "Europe",
      status: "ACTIVE",
      figures: [{ value: 1_000_000 }, { value: 10 }],
      objectives: [{ number: 4 }, { number: 14 }],
      initiative: { code: "NEW_CONSULAR_MANAGEMENT_MODEL" },
    });
  });

  it("serves the GAE network, expanding, with 187 municipal protocols", async () => {
    const { data } = await subgraph.execute<{ supportOfficeNetworks: { code: string; status: string; department: { code: string }; protocolPartners: string; figures: { value: number; unit: string }[] }[] }>(
      `{ supportOfficeNetworks(audience: RETURNING_EMIGRANTS) { code status department { code } protocolPartners figures { value unit } } }`,
    );
    expect(data!.supportOfficeNetworks).toEqual([
      { code: "GAE_NETWORK", status: "EXPANDING", department: { code: "GAE" }, protocolPartners: "municipalities", figures: [{ value: 30, unit: "percent" }, { value: 187, unit: "protocols" }] },
    ]);
    const none = await subgraph.execute<{ supportOfficeNetworks: unknown[] }>("{ supportOfficeNetworks(audience: NATIONAL_ENTREPRENEURS) { code } }");
    expect(none.data!.supportOfficeNetworks).toEqual([]);
  });

  it("serves the Online Summer School 2021 and filters programmes by kind, audience and objective", async () => {
    const { data } = await subgraph.execute<{ diasporaProgramme: { edition: number; year: number; languages: string[]; leadDepartment: { code: string }; figures: { value: number }[] } }>(
      `{ diasporaProgramme(code: "ONLINE_SUMMER_SCHOOL_2021") { edition year languages leadDepartment { code } figures { value } } }`,
    );
    expect(data!.diasporaProgramme).toEqual({ edition: 1, year: 2021, languages: ["Portuguese", "English"], leadDepartment: { code: "TURISMO_DE_PORTUGAL" }, figures: [{ value: 46 }, { value: 534 }, { value: 5 }] });

    const page = `query($filter: DiasporaProgrammeFilter) { diasporaProgrammes(filter: $filter) { totalCount edges { node { code } } } }`;
    type Page = { diasporaProgrammes: { totalCount: number; edges: { node: { code: string } }[] } };
    const codes = async (filter: Record<string, unknown>) => (await subgraph.execute<Page>(page, { filter })).data!.diasporaProgrammes.edges.map((edge) => edge.node.code);
    expect(await codes({ audience: "PEOPLE_OF_PORTUGUESE_DESCENT" })).toEqual(["DIASPORA_INVESTMENT_GUIDE", "ONLINE_SUMMER_SCHOOL_2021"]);
    expect(await codes({ kind: "INVESTMENT_SUPPORT_PROGRAMME" })).toEqual(["NATIONAL_DIASPORA_INVESTMENT_SUPPORT_PROGRAMME"]);
    expect(await codes({ objective: 19, status: "COMPLETED" })).toEqual(["DIASPORA_INVESTMENT_GUIDE", "ONLINE_SUMMER_SCHOOL_2021"]);
    expect(await codes({ objective: 19, status: "ACTIVE" })).toEqual([]);
  });

  it("gives the investment programme's over 200 Diaspora Investor Statuses", async () => {
    const { data } = await subgraph.execute<{ diasporaProgramme: { year: number; status: string; objectives: unknown[]; figures: { value: number; label: string }[]; source: { reference: string } } }>(
      `{ diasporaProgramme(code: "NATIONAL_DIASPORA_INVESTMENT_SUPPORT_PROGRAMME") { year status objectives { number } figures { value label } source { reference } } }`,
    );
    expect(data!.diasporaProgramme).toMatchObject({ year: 2020, status: "ACTIVE", objectives: [], source: { reference: "Section I, pillar IV" } });
    expect(data!.diasporaProgramme.figures.map((figure) => figure.value)).toEqual([200]);
  });

  it("serves ARVoRe VII with its promoter, referral partner and 453 beneficiaries, and the remittances assessment", async () => {
    const { data } = await subgraph.execute<{ returnProgrammes: unknown[]; cnaim: { code: string }[]; remittanceAssessments: unknown[] }>(
      `{ returnProgrammes { acronym promoter { code } referralPartners { code } figures { value } objectives { number } }
         cnaim: returnProgrammes(department: "CNAIM") { code }
         remittanceAssessments { code status objectives { number } initiative { code } } }`,
    );
    expect(data!.returnProgrammes).toEqual([{ acronym: "ARVoRe VII", promoter: { code: "IOM" }, referralPartners: [{ code: "CNAIM" }], figures: [{ value: 453 }], objectives: [{ number: 21 }] }]);
    expect(data!.cnaim).toEqual([{ code: "ARVORE_VII" }]);
    expect(data!.remittanceAssessments).toEqual([
      { code: "REMITTANCE_TRANSFER_DIFFICULTIES_ASSESSMENT", status: "COMPLETED", objectives: [{ number: 20 }], initiative: { code: "REMITTANCES_ASSESSMENT" } },
    ]);
  });

  it("returns null for unknown codes", async () => {
    const { data, errors } = await subgraph.execute(
      `{ a: cooperationAgreement(code: "NOPE") { code } b: developmentProject(code: "NOPE") { code } c: consularServiceModel(code: "NOPE") { code }
         d: supportOfficeNetwork(code: "NOPE") { code } e: diasporaProgramme(code: "NOPE") { code } f: remittanceAssessment(code: "NOPE") { code }
         g: returnProgramme(code: "NOPE") { code } h: internationalEngagement(code: "NOPE") { code } }`,
    );
    expect(errors).toBeUndefined();
    expect(Object.values(data!).every((value) => value === null)).toBe(true);
  });
});

describe("development cooperation", () => {
  it("lists the ten triangular cooperation partners and the SCPs", async () => {
    const { data } = await subgraph.execute<{ cooperationAgreements: { totalCount: number; edges: { node: { code: string; kind: string; countries: { country: { iso: string }; role: string }[] } }[] } }>(
      `{ cooperationAgreements { totalCount edges { node { code kind countries { country { iso } role } } } } }`,
    );
    expect(data!.cooperationAgreements.totalCount).toBe(2);
    const [scp, triangular] = data!.cooperationAgreements.edges.map((edge) => edge.node);
    expect(scp).toMatchObject({ code: "STRATEGIC_COOPERATION_PROGRAMMES", countries: [] });
    expect(triangular!.countries.map((link) => link.country.iso)).toEqual(["AR", "BR", "CL", "CO", "EG", "IL", "MA", "PE", "SV", "UY"]);
    expect(new Set(triangular!.countries.map((link) => link.role))).toEqual(new Set(["TRIANGULAR_COOPERATION_PARTNER"]));
  });

  it("filters agreements and projects by country (any case), focus and objective", async () => {
    const { data } = await subgraph.execute<{ a: { edges: { node: { code: string } }[] }; p: { edges: { node: { code: string } }[] }; f: { edges: { node: { code: string; region: string | null } }[] }; none: { totalCount: number } }>(
      `{ a: cooperationAgreements(filter: { country: "ma", objective: 2 }) { edges { node { code } } }
         p: developmentProjects(filter: { country: "cv" }) { edges { node { code } } }
         f: developmentProjects(filter: { focus: ECONOMIC_OPPORTUNITIES, status: ACTIVE }) { edges { node { code region } } }
         none: developmentProjects(filter: { objective: 21 }) { totalCount } }`,
    );
    expect(data!.a.edges.map((edge) => edge.node.code)).toEqual(["TRIANGULAR_COOPERATION_MEMORANDA"]);
    expect(data!.p.edges.map((edge) => edge.node.code)).toEqual(["CABO_VERDE_GUINEA_BISSAU_SECURITY_MIGRATION_SUPPORT", "VOCATIONAL_TRAINING_COOPERATION"]);
    expect(data!.f.edges.map((edge) => edge.node)).toEqual([{ code: "MOZAMBIQUE_CABO_DELGADO_DEVELOPMENT_SUPPORT", region: "Cabo Delgado" }]);
    expect(data!.none.totalCount).toBe(0);
  });

  it("refuses a malformed country code, naming the argument", async () => {
    const { errors } = await subgraph.execute(`{ developmentProjects(filter: { country: "CPV" }) { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toContain('"filter.country"');
  });
});

describe("international engagements connection", () => {
  const engagements = describeConnection<{ code: string; status: string }>(subgraph, {
    field: "internationalEngagements", filterType: "InternationalEngagementFilter", nodeFields: "code status", key: "code",
    every: () => internationalEngagements.map((engagement) => engagement.code), pageSize: 4,
  });

  it("filters by kind, role, status, objective and year", async () => {
    const codes = async (filter: Record<string, unknown>) => (await engagements.nodes(filter)).map((node) => node.code);
    expect(await codes({ status: "PROVISIONALLY_AGREED" })).toEqual(["EUAA_REGULATION_PROVISIONAL_AGREEMENT"]);
    expect(await codes({ kind: "UN_RESOLUTION_NEGOTIATION", portugalRole: "NEGOTIATOR_ON_BEHALF_OF_THE_EU" })).toEqual([
      "UNGA_RESOLUTION_INTERNATIONAL_MIGRATION_AND_DEVELOPMENT",
      "UNGA_RESOLUTION_PROTECTION_OF_MIGRANTS",
    ]);
    expect(await codes({ kind: "JOINT_DECLARATION" })).toEqual(["CHAMPION_COUNTRIES_DECLARATION_SG_REPORT", "EU_MEMBER_STATES_PROGRESS_DECLARATION_SUPPORT", "RABAT_DECLARATION"]);
    expect(await codes({ objective: 23, year: 2021 })).toEqual(["GLOBAL_FORUM_RESPONSIBLE_RECRUITMENT_2021"]);
    expect(await codes({ portugalRole: "CO_ORGANISER" })).toHaveLength(3);
  });

  it("links the Presidency and its outcomes, with the jumbo meeting's six-year gap", async () => {
    const { data } = await subgraph.execute<{ internationalEngagement: { timeframe: string; parts: { code: string; partOf: { code: string }; figures: { value: number }[] }[] } }>(
      `{ internationalEngagement(code: "PPUE_2021") { timeframe parts { code partOf { code } figures { value } } } }`,
    );
    expect(data!.internationalEngagement.timeframe).toBe("first semester of 2021");
    expect(data!.internationalEngagement.parts.map((part) => part.code)).toEqual([
      "BLUE_CARD_DIRECTIVE_REVISION",
      "EUAA_REGULATION_PROVISIONAL_AGREEMENT",
      "EU_INTEGRATION_DIALOGUE_REACTIVATION",
      "PPUE_JUMBO_MEETING",
    ]);
    expect(data!.internationalEngagement.parts.every((part) => part.partOf.code === "PPUE_2021")).toBe(true);
    expect(data!.internationalEngagement.parts.find((part) => part.code === "PPUE_JUMBO_MEETING")!.figures).toEqual([{ value: 6 }]);
  });

  it("refuses objective numbers and years that cannot be, naming the argument", async () => {
    expect((await engagements.refusal({ filter: { objective: 24 } })).message).toContain('"filter.objective"');
    expect((await engagements.refusal({ filter: { year: 21 } })).message).toContain('"filter.year"');
  });

});

describe("federation entities", () => {
  const entities = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Objective { number diasporaFigures { value } supportOfficeNetworks { code } internationalEngagements(kind: UN_RESOLUTION_NEGOTIATION) { code } }
    ... on Country { iso cooperationAgreements { role agreement { code } } developmentProjects { role project { code } } }
    ... on Department { code supportOfficeNetworks { code } diasporaProgrammes { code } returnProgrammes { code } }
    ... on Initiative { code consularServiceModels { code } internationalEngagements { code } }
  } }`;

  it("resolves each @key, with empty lists for a key it has no records for and null for an impossible key", async () => {
    const { data, errors } = await subgraph.execute<{ _entities: unknown[] }>(entities, {
      representations: representationsOf({ Objective: [14, 99], Country: ["MZ", "ZZ"], Department: ["GAE", "not a code"], Initiative: ["NEW_CONSULAR_MANAGEMENT_MODEL", "NO_SUCH_INITIATIVE"] }),
    });
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { number: 14, diasporaFigures: [{ value: 30 }, { value: 187 }], supportOfficeNetworks: [{ code: "GAE_NETWORK" }], internationalEngagements: [] },
      null,
      {
        iso: "MZ",
        cooperationAgreements: [],
        developmentProjects: [
          { role: "PROJECT_LOCATION", project: { code: "MOZAMBIQUE_CABO_DELGADO_DEVELOPMENT_SUPPORT" } },
          { role: "VOCATIONAL_TRAINING_PARTNER", project: { code: "VOCATIONAL_TRAINING_COOPERATION" } },
        ],
      },
      { iso: "ZZ", cooperationAgreements: [], developmentProjects: [] },
      { code: "GAE", supportOfficeNetworks: [{ code: "GAE_NETWORK" }], diasporaProgrammes: [], returnProgrammes: [] },
      null,
      { code: "NEW_CONSULAR_MANAGEMENT_MODEL", consularServiceModels: [{ code: "NEW_CONSULAR_MANAGEMENT_MODEL" }], internationalEngagements: [] },
      { code: "NO_SUCH_INITIATIVE", consularServiceModels: [], internationalEngagements: [] },
    ]);
  });

  it("answers an objective dashboard for Objective 23 and a department profile for the IOM", async () => {
    const { data } = await subgraph.execute<{ _entities: [{ internationalEngagements: { code: string }[] }, { returnProgrammes: { code: string }[] }] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Objective { internationalEngagements { code } } ... on Department { returnProgrammes { code } } } }`,
      { r: [{ __typename: "Objective", number: 23 }, { __typename: "Department", code: "IOM" }] },
    );
    expect(data!._entities[0].internationalEngagements.map((engagement) => engagement.code)).toEqual(
      internationalEngagements.filter((engagement) => engagement.objectiveNumbers.includes(23)).map((engagement) => engagement.code).sort(),
    );
    expect(data!._entities[1].returnProgrammes).toEqual([{ code: "ARVORE_VII" }]);
  });

  /** Runs an _entities query and returns how many SQL statements it cost. */
  async function statementsFor(representations: Record<string, unknown>[], selection: string): Promise<number> {
    subgraph.statements.length = 0;
    const { data, errors } = await subgraph.execute<{ _entities: unknown[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, { r: representations });
    expect(errors).toBeUndefined();
    expect(data!._entities).toHaveLength(representations.length);
    return subgraph.statements.length;
  }

  it("resolves all 23 objectives' figures and records with one SQL statement per relation", async () => {
    const objectives = Array.from({ length: 23 }, (_, index) => ({ __typename: "Objective", number: index + 1 }));
    expect(await statementsFor(objectives, "... on Objective { number }")).toBe(0);
    expect(await statementsFor(objectives, "... on Objective { diasporaFigures { id } }")).toBe(1);
    const everything = `... on Objective { diasporaFigures { id } cooperationAgreements { code } developmentProjects { code } consularServiceModels { code }
      supportOfficeNetworks { code } diasporaProgrammes { code } remittanceAssessments { code } returnProgrammes { code } internationalEngagements { code } }`;
    expect(await statementsFor(objectives, everything)).toBe(9);
  });

  it("resolves every country this subgraph knows with one SQL statement per relation", async () => {
    const isos = [...new Set([...cooperationAgreements, ...developmentProjects].flatMap((record) => record.countries.map((link) => link.countryIso)))];
    const countries = isos.map((iso) => ({ __typename: "Country", iso }));
    expect(countries.length).toBeGreaterThan(10);
    expect(await statementsFor(countries, "... on Country { cooperationAgreements { role agreement { code kind } } }")).toBe(1);
    expect(await statementsFor(countries, "... on Country { cooperationAgreements { agreement { code } } developmentProjects { project { code } } }")).toBe(2);
  });

  it("resolves every department this subgraph knows with one SQL statement per relation", async () => {
    const codes = [
      ...supportOfficeNetworks.map((network) => network.departmentCode),
      ...diasporaProgrammes.flatMap((programme) => programme.leadDepartmentCode ?? []),
      ...returnProgrammes.flatMap((programme) => [programme.promoterCode, ...programme.referralPartnerCodes]),
    ];
    const departments = [...new Set(codes)].map((code) => ({ __typename: "Department", code }));
    expect(await statementsFor(departments, "... on Department { returnProgrammes { code } }")).toBe(1);
    expect(await statementsFor(departments, "... on Department { supportOfficeNetworks { code } diasporaProgrammes { code } returnProgrammes { code } }")).toBe(3);
  });

  it("resolves every initiative this subgraph details with one SQL statement per relation", async () => {
    const codes = [...new Set(typedRecords.flatMap((record) => record.initiativeCode ?? []))].slice(0, 50);
    const initiatives = codes.map((code) => ({ __typename: "Initiative", code }));
    expect(await statementsFor(initiatives, "... on Initiative { internationalEngagements { code } }")).toBe(1);
    const everything = `... on Initiative { cooperationAgreements { code } developmentProjects { code } consularServiceModels { code } supportOfficeNetworks { code }
      diasporaProgrammes { code } remittanceAssessments { code } returnProgrammes { code } internationalEngagements { code } }`;
    expect(await statementsFor(initiatives, everything)).toBe(8);
  });

  it("resolves nested figures, parts and countries of a whole page with one statement each", async () => {
    subgraph.statements.length = 0;
    await subgraph.execute(`{ internationalEngagements(first: 100) { edges { node { code figures { id } parts { code } partOf { code } } } } }`);
    // the page (no count: totalCount is not selected), then one statement each for figures, parts and partOf.
    expect(subgraph.statements).toHaveLength(4);
  });
});

describe("seed", () => {
  it("is idempotent: seeding again leaves the same records", async () => {
    const count = "{ diasporaFigures { totalCount } internationalEngagements { totalCount } cooperationAgreement(code: \"TRIANGULAR_COOPERATION_MEMORANDA\") { countries { role } } }";
    const before = await subgraph.execute(count);
    expect(await subgraph.running.instance.seed.run()).toContain(`${internationalEngagements.length} international engagements, ${observations.length} figures`);
    expect(await subgraph.execute(count)).toEqual(before);
  });
});

describe("provenance", () => {
  const report = normaliseReportText(readReport());
  const quoted = [...typedRecords, ...observations].map((record) => ({ code: record.code, quote: record.sourceQuote }));

  it("quotes the report verbatim for every record and figure", () => {
    expect(quoted.length).toBe(typedRecords.length + observations.length);
    expect(quoted.filter(({ quote }) => !report.includes(normaliseReportText(quote))).map(({ code }) => code)).toEqual([]);
  });

  it("gives every figure's number in its quote", () => {
    const withoutNumber = observations.filter((observation) => !spelled(observation.value).some((form) => observation.sourceQuote.includes(form)));
    expect(withoutNumber.map((observation) => observation.code)).toEqual([]);
  });

  it("uses unique codes, prefixed figure ids, and only objectives, countries, departments and initiatives that plan's seed holds", () => {
    const codes = typedRecords.map((record) => record.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(observations.every((observation) => observation.code.startsWith("diaspora."))).toBe(true);
    const figureCodes = new Set(observations.map((observation) => observation.code));
    const linkedFigures = [...consularServiceModels, ...supportOfficeNetworks, ...diasporaProgrammes, ...returnProgrammes, ...internationalEngagements].flatMap((record) => record.figureCodes);
    expect(linkedFigures.filter((code) => !figureCodes.has(code))).toEqual([]);
    expect(typedRecords.flatMap((record) => record.objectiveNumbers ?? []).every((number) => number >= 1 && number <= 23)).toBe(true);
    const engagementCodes = new Set(internationalEngagements.map((engagement) => engagement.code));
    expect(internationalEngagements.every((engagement) => engagement.parentCode === null || engagementCodes.has(engagement.parentCode))).toBe(true);

    // Read as text, not imported: a subgraph never imports another subgraph.
    const planSeed = fs.readFileSync(new URL("../../plan/prisma/seed/report.ts", import.meta.url), "utf8");
    const isos = [...cooperationAgreements, ...developmentProjects].flatMap((record) => record.countries.map((link) => link.countryIso));
    expect(isos.filter((iso) => !planSeed.includes(`iso: "${iso}", name:`))).toEqual([]);
    const departments = [
      ...supportOfficeNetworks.map((network) => network.departmentCode),
      ...diasporaProgrammes.flatMap((programme) => programme.leadDepartmentCode ?? []),
      ...returnProgrammes.flatMap((programme) => [programme.promoterCode, ...programme.referralPartnerCodes]),
    ];
    expect(departments.filter((code) => !planSeed.includes(`code: "${code}",\n    name:`))).toEqual([]);
    const initiatives = typedRecords.flatMap((record) => record.initiativeCode ?? []);
    expect(initiatives.filter((code) => !planSeed.includes(`code: "${code}",`))).toEqual([]);
  });
});

/** The ways the report writes a number: digits with or without separators, or words ("six", "a million"). */
function spelled(value: number): string[] {
  const words: Record<number, string[]> = { 6: ["six"], 1_000_000: ["a million"] };
  return [value.toLocaleString("en-GB"), String(value), ...(words[value] ?? [])];
}
