import { describe, expect, it } from "vitest";
import { describeConnection, normaliseReportText, readReport, representationsOf, useTestSubgraph } from "@gcm-hub/kit/testing";
import { labour } from "../src/server.js";
import {
  fundedProjectPortfolios,
  inspectionCampaigns,
  labourMobilityAgreements,
  observations,
  skillsRecognitionMeasures,
  workerAttractionMeasures,
} from "../prisma/seed/report.js";


const subgraph = useTestSubgraph(labour);

type Errors = readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;
const codeOf = (error: Errors) => error?.[0]?.extensions?.code;

describe("labour mobility agreements", () => {
  it("gives the concluded agreements with India and Morocco with the report's months", async () => {
    const { data, errors } = await subgraph.execute<{ india: Record<string, unknown>; morocco: Record<string, unknown> }>(`{
      india: labourMobilityAgreement(code: "LMA_INDIA") { kind status beingOperationalised signedIn countries { country { iso } role } objectives { number } initiative { code } pillar }
      morocco: labourMobilityAgreement(code: "LMA_MOROCCO") { status signedIn }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.india).toEqual({
      kind: "BILATERAL",
      status: "CONCLUDED",
      beingOperationalised: true,
      signedIn: "2021-09",
      countries: [{ country: { iso: "IN" }, role: "PARTNER_COUNTRY" }],
      objectives: [{ number: 5 }],
      initiative: { code: "LMA_INDIA" },
      pillar: 5,
    });
    expect(data!.morocco).toEqual({ status: "CONCLUDED", signedIn: "2022-01" });
  });

  it("gives the CPLP agreement as multilateral, signed in Luanda in July 2021, with Angola only as host", async () => {
    const { data } = await subgraph.execute<{ labourMobilityAgreement: Record<string, unknown> }>(`{
      labourMobilityAgreement(code: "CPLP_MOBILITY_AGREEMENT") {
        kind status signedIn signingPlace signingOccasion community objectives { number } countries { country { iso } role } pillar source { reference }
      }
    }`);
    expect(data!.labourMobilityAgreement).toEqual({
      kind: "MULTILATERAL",
      status: "SIGNED",
      signedIn: "2021-07",
      signingPlace: "Luanda, Angola",
      signingOccasion: "13th Conference of Heads of State and Government of the CPLP",
      community: "Community of Portuguese Speaking Countries (CPLP)",
      objectives: [{ number: 2 }, { number: 5 }],
      countries: [{ country: { iso: "AO" }, role: "HOST_COUNTRY" }],
      pillar: 1,
      source: { reference: "Section I, pillar I" },
    });
  });

  it("returns null for an unknown agreement code", async () => {
    const { data } = await subgraph.execute<{ labourMobilityAgreement: null }>('{ labourMobilityAgreement(code: "LMA_ATLANTIS") { code } }');
    expect(data!.labourMobilityAgreement).toBeNull();
  });
});

describe("labour mobility agreements connection", () => {
  const agreements = describeConnection<{ code: string; status: string }>(subgraph, {
    field: "labourMobilityAgreements", filterType: "LabourMobilityAgreementFilter", nodeFields: "code status", key: "code",
    every: () => labourMobilityAgreements.map((agreement) => agreement.code), pageSize: 4,
  });
  const agreementCodes = async (filter: Record<string, unknown>) => (await agreements.nodes(filter)).map((node) => node.code);

  it("holds the report's nine agreements", () => {
    expect(labourMobilityAgreements).toHaveLength(9);
  });

  it("lists the six agreements under negotiation, one per country", async () => {
    expect(await agreementCodes({ status: "UNDER_NEGOTIATION", kind: "BILATERAL" })).toEqual([
      "LMA_GEORGIA",
      "LMA_MOLDOVA",
      "LMA_NEPAL",
      "LMA_PHILIPPINES",
      "LMA_TUNISIA",
      "LMA_UZBEKISTAN",
    ]);
  });

  it("filters by country (any case) and objective", async () => {
    expect(await agreementCodes({ country: "ma" })).toEqual(["LMA_MOROCCO"]);
    expect(await agreementCodes({ objective: 2 })).toEqual(["CPLP_MOBILITY_AGREEMENT"]);
    expect((await agreements.page({ filter: { objective: 5, status: "CONCLUDED" } })).totalCount).toBe(2);
  });

  it("refuses a bad country and a bad objective, naming the argument", async () => {
    expect(await agreements.refusal({ filter: { country: "IND" } })).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining('"filter.country"') });
    expect((await agreements.refusal({ filter: { objective: 24 } })).message).toContain('"filter.objective"');
  });


  it("loads a page with its countries and objectives in three statements", async () => {
    subgraph.statements.length = 0;
    const { errors } = await subgraph.execute(
      "{ labourMobilityAgreements(first: 100) { edges { node { code countries { role } objectives { number } } } } }",
    );
    expect(errors).toBeUndefined();
    expect(subgraph.statements).toHaveLength(3); // page (no count: totalCount is not selected), countries, objectives
  });
});

describe("working-conditions inspections", () => {
  it("gives over 11,000 inspections in 2019-2021 with SEF, ACT, ISS and the Security Forces, and Spanish entities", async () => {
    const { data, errors } = await subgraph.execute<{ labourInspectionCampaign: Record<string, unknown> }>(`{
      labourInspectionCampaign(code: "WORKING_CONDITIONS_2019_2021") {
        period { start end label } sectors
        inspectionsCarriedOut { value unit label objective { number } }
        participatingBodies { code } foreignInvolvement { country { iso } involvement }
        objective { number } initiative { code }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.labourInspectionCampaign).toEqual({
      period: { start: "2019", end: "2021", label: "between 2019 and 2021" },
      sectors: ["AGRICULTURE_AND_FISHERIES", "CONSTRUCTION", "HOSPITALITY_AND_CATERING"],
      inspectionsCarriedOut: { value: 11000, unit: "inspections", label: expect.stringContaining("more than"), objective: { number: 6 } },
      participatingBodies: [{ code: "ACT" }, { code: "ISS" }, { code: "SECURITY_FORCES" }, { code: "SEF" }],
      foreignInvolvement: [{ country: { iso: "ES" }, involvement: "Spanish entities were involved" }],
      objective: { number: 6 },
      initiative: { code: "WORKING_CONDITIONS_INSPECTIONS" },
    });
  });

  it("filters campaigns by sector, department and country, and pages them", async () => {
    const query = `query($filter: LabourInspectionCampaignFilter, $first: Int, $after: String) {
      labourInspectionCampaigns(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { code } } }
    }`;
    type Page = { labourInspectionCampaigns: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { code: string } }[] } };
    const matching = await subgraph.execute<Page>(query, { filter: { sector: "CONSTRUCTION", department: "SEF", country: "es", objective: 6 } });
    expect(matching.data!.labourInspectionCampaigns.edges.map((edge) => edge.node.code)).toEqual(["WORKING_CONDITIONS_2019_2021"]);
    const iefp = await subgraph.execute<Page>(query, { filter: { department: "IEFP" } });
    expect(iefp.data!.labourInspectionCampaigns.totalCount).toBe(0);
    const first = await subgraph.execute<Page>(query, { first: 1 });
    expect(first.data!.labourInspectionCampaigns.pageInfo.hasNextPage).toBe(false);
    const after = await subgraph.execute<Page>(query, { first: 1, after: first.data!.labourInspectionCampaigns.pageInfo.endCursor });
    expect(after.data!.labourInspectionCampaigns.edges).toEqual([]);
    const bad = await subgraph.execute(query, { filter: { country: "Spain" } });
    expect(codeOf(bad.errors)).toBe("BAD_USER_INPUT");
  });
});

describe("AMIF projects, skills recognition and worker attraction", () => {
  it("gives four AMIF-financed civil society projects at the end of 2021", async () => {
    const { data } = await subgraph.execute<{ fundedProjectPortfolios: Record<string, unknown>[] }>(`{
      fundedProjectPortfolios(objective: 5) { code promoters projectsFinanced { value unit statedPeriod { label quote } period { label } } objective { number } initiative { code } }
    }`);
    expect(data!.fundedProjectPortfolios).toEqual([
      {
        code: "AMIF_CIVIL_SOCIETY_PROJECTS",
        promoters: "civil society",
        projectsFinanced: { value: 4, unit: "projects", statedPeriod: { label: "at the end of 2021", quote: "at the end of 2021" }, period: null },
        objective: { number: 5 },
        initiative: { code: "AMIF_PROJECTS" },
      },
    ]);
    const none = await subgraph.execute<{ fundedProjectPortfolios: unknown[] }>("{ fundedProjectPortfolios(objective: 6) { code } }");
    expect(none.data!.fundedProjectPortfolios).toEqual([]);
    const bad = await subgraph.execute("{ fundedProjectPortfolios(objective: 0) { code } }");
    expect(bad.errors?.[0]?.message).toContain('"objective"');
  });

  it("gives MySuperior and the higher education legislation under Objective 18, filtered by kind and status", async () => {
    const { data } = await subgraph.execute<{ all: { code: string }[]; apps: { code: string; provisions: string[] }[]; published: { code: string }[] }>(`{
      all: skillsRecognitionMeasures { code }
      apps: skillsRecognitionMeasures(kind: DIGITAL_SERVICE) { code provisions }
      published: skillsRecognitionMeasures(status: PUBLISHED) { code }
    }`);
    expect(data!.all.map((measure) => measure.code)).toEqual(["HIGHER_EDUCATION_STUDENTS_LEGISLATION", "MYSUPERIOR"]);
    expect(data!.apps).toEqual([{ code: "MYSUPERIOR", provisions: skillsRecognitionMeasures[1]!.provisions }]);
    expect(data!.published.map((measure) => measure.code)).toEqual(["HIGHER_EDUCATION_STUDENTS_LEGISLATION"]);
  });

  it("gives the non-habitual resident tax regime revision under Objective 20", async () => {
    const { data } = await subgraph.execute<{ workerAttractionMeasures: Record<string, unknown>[]; none: unknown[] }>(`{
      workerAttractionMeasures(status: IN_EFFECT) { code instrument objective { number } initiative { code } }
      none: workerAttractionMeasures(status: PUBLISHED) { code }
    }`);
    expect(data!.workerAttractionMeasures).toEqual([
      {
        code: "NON_HABITUAL_RESIDENT_TAX_REVISION",
        instrument: "non-habitual resident tax regime",
        objective: { number: 20 },
        initiative: { code: "NON_HABITUAL_RESIDENT_TAX_REVISION" },
      },
    ]);
    expect(data!.none).toEqual([]);
  });

  it("returns null for unknown codes in every single lookup", async () => {
    const { data } = await subgraph.execute<Record<string, null>>(`{
      a: labourInspectionCampaign(code: "X") { code } b: fundedProjectPortfolio(code: "X") { code }
      c: skillsRecognitionMeasure(code: "X") { code } d: workerAttractionMeasure(code: "X") { code }
    }`);
    expect(data).toEqual({ a: null, b: null, c: null, d: null });
  });
});

describe("labour figures", () => {
  const query = `query($filter: FigureFilter, $first: Int, $after: String) {
    labourFigures(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id value unit objective { number } synthetic source { reference quote } } }
    }
  }`;
  type Page = {
    labourFigures: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; value: number; unit: string; objective: { number: number } | null; synthetic: boolean } }[];
    };
  };

  it("pages through the figures one at a time, in id order", async () => {
    const first = await subgraph.execute<Page>(query, { first: 1 });
    expect(first.data!.labourFigures.totalCount).toBe(2);
    expect(first.data!.labourFigures.pageInfo.hasNextPage).toBe(true);
    const second = await subgraph.execute<Page>(query, { first: 1, after: first.data!.labourFigures.pageInfo.endCursor });
    expect([...first.data!.labourFigures.edges, ...second.data!.labourFigures.edges].map((edge) => edge.node)).toEqual([
      expect.objectContaining({ id: "labour.amif_projects_financed", value: 4, unit: "projects", objective: { number: 5 }, synthetic: false }),
      expect.objectContaining({ id: "labour.working_conditions_inspections", value: 11000, unit: "inspections", objective: { number: 6 } }),
    ]);
    expect(second.data!.labourFigures.pageInfo.hasNextPage).toBe(false);
  });

  it("filters by objective and pandemic response, and refuses a bad objective", async () => {
    const objective6 = await subgraph.execute<Page>(query, { filter: { objective: 6 } });
    expect(objective6.data!.labourFigures.edges.map((edge) => edge.node.value)).toEqual([11000]);
    const pandemic = await subgraph.execute<Page>(query, { filter: { pandemicResponse: true } });
    expect(pandemic.data!.labourFigures.totalCount).toBe(0);
    const notPandemic = await subgraph.execute<Page>(query, { filter: { pandemicResponse: false } });
    expect(notPandemic.data!.labourFigures.totalCount).toBe(2);
    const bad = await subgraph.execute(query, { filter: { objective: 99 } });
    expect(codeOf(bad.errors)).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toContain('"filter.objective"');
    const tooBig = await subgraph.execute(query, { first: 1000 });
    expect(codeOf(tooBig.errors)).toBe("BAD_USER_INPUT");
  });
});

describe("federation entities", () => {
  const entities = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Objective { number labourFigures { value } labourMobilityAgreements { code } labourInspectionCampaigns { code }
      fundedProjectPortfolios { code } skillsRecognitionMeasures { code } workerAttractionMeasures { code } }
    ... on Country { iso labourMobilityAgreements { code status } labourInspectionCampaigns { code } }
    ... on Department { code labourInspectionCampaigns { code } }
    ... on Initiative { code labourMobilityAgreement { code } labourInspectionCampaigns { code } fundedProjectPortfolio { code }
      skillsRecognitionMeasure { code } workerAttractionMeasure { code } }
  } }`;

  it("resolves each @key with this department's fields, empty fields for keys it has nothing on, and null for keys that cannot exist", async () => {
    const { data, errors } = await subgraph.execute<{ _entities: unknown[] }>(entities, {
      representations: representationsOf({ Objective: [5, 99], Country: ["IN", "XX"], Department: ["ACT", "NOBODY"], Initiative: ["MYSUPERIOR", "NOTHING"] }),
    });
    expect(errors).toBeUndefined();
    const emptyInitiative = { labourMobilityAgreement: null, labourInspectionCampaigns: [], fundedProjectPortfolio: null, skillsRecognitionMeasure: null, workerAttractionMeasure: null };
    expect(data!._entities).toEqual([
      {
        number: 5,
        labourFigures: [{ value: 4 }],
        labourMobilityAgreements: [{ code: "CPLP_MOBILITY_AGREEMENT" }, { code: "LMA_INDIA" }, { code: "LMA_MOROCCO" }],
        labourInspectionCampaigns: [],
        fundedProjectPortfolios: [{ code: "AMIF_CIVIL_SOCIETY_PROJECTS" }],
        skillsRecognitionMeasures: [],
        workerAttractionMeasures: [],
      },
      // The kit's one reference policy: objective 99 cannot exist, so no entity at all.
      null,
      { iso: "IN", labourMobilityAgreements: [{ code: "LMA_INDIA", status: "CONCLUDED" }], labourInspectionCampaigns: [] },
      { iso: "XX", labourMobilityAgreements: [], labourInspectionCampaigns: [] },
      { code: "ACT", labourInspectionCampaigns: [{ code: "WORKING_CONDITIONS_2019_2021" }] },
      { code: "NOBODY", labourInspectionCampaigns: [] },
      { code: "MYSUPERIOR", ...emptyInitiative, skillsRecognitionMeasure: { code: "MYSUPERIOR" } },
      { code: "NOTHING", ...emptyInitiative },
    ]);
  });

  it("filters a country's agreements by status and shows Spain's involvement in inspections", async () => {
    const { data } = await subgraph.execute<{ _entities: unknown[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { iso
        signed: labourMobilityAgreements(status: SIGNED) { code } negotiating: labourMobilityAgreements(status: UNDER_NEGOTIATION) { code }
        labourInspectionCampaigns { code } } } }`,
      { r: [{ __typename: "Country", iso: "AO" }, { __typename: "Country", iso: "NP" }, { __typename: "Country", iso: "ES" }] },
    );
    expect(data!._entities).toEqual([
      { iso: "AO", signed: [{ code: "CPLP_MOBILITY_AGREEMENT" }], negotiating: [], labourInspectionCampaigns: [] },
      { iso: "NP", signed: [], negotiating: [{ code: "LMA_NEPAL" }], labourInspectionCampaigns: [] },
      { iso: "ES", signed: [], negotiating: [], labourInspectionCampaigns: [{ code: "WORKING_CONDITIONS_2019_2021" }] },
    ]);
  });

  async function statementsFor(typename: string, key: string, keys: (string | number)[], selection: string) {
    subgraph.statements.length = 0;
    const { data, errors } = await subgraph.execute<{ _entities: Record<string, unknown>[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${key} ${selection} } } }`,
      { r: keys.map((value) => ({ __typename: typename, [key]: value })) },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities.map((entity) => entity[key])).toEqual(keys);
    return subgraph.statements.length;
  }

  const unique = <T>(values: T[]) => [...new Set(values)];
  const agreementIsos = labourMobilityAgreements.flatMap((agreement) => agreement.countries.map((country) => country.countryIso));
  const campaignIsos = inspectionCampaigns.flatMap((campaign) => campaign.countries.map((country) => country.countryIso));
  const initiativeCodes = [
    ...labourMobilityAgreements,
    ...inspectionCampaigns,
    ...fundedProjectPortfolios,
    ...skillsRecognitionMeasures,
    ...workerAttractionMeasures,
  ].flatMap((record) => (record.initiativeCode ? [record.initiativeCode] : []));

  it("resolves all 23 objectives with one statement per added field", async () => {
    const numbers = Array.from({ length: 23 }, (_, index) => index + 1);
    expect(await statementsFor("Objective", "number", numbers, "")).toBe(0);
    const fields = "labourFigures { id } labourMobilityAgreements { code } labourInspectionCampaigns { code } fundedProjectPortfolios { code } skillsRecognitionMeasures { code } workerAttractionMeasures { code }";
    expect(await statementsFor("Objective", "number", numbers, fields)).toBe(6);
  });

  it("resolves every country this department names with one statement per added field", async () => {
    const isos = unique([...agreementIsos, ...campaignIsos]);
    expect(isos.length).toBe(10);
    expect(await statementsFor("Country", "iso", isos, "labourMobilityAgreements { code } labourInspectionCampaigns { code }")).toBe(2);
  });

  it("resolves every participating body with one statement, and the campaigns' own relations with one more each", async () => {
    const codes = unique(inspectionCampaigns.flatMap((campaign) => campaign.bodies));
    expect(await statementsFor("Department", "code", codes, "labourInspectionCampaigns { code }")).toBe(1);
    const nested =
      "labourInspectionCampaigns { code sectors participatingBodies { code } foreignInvolvement { involvement } inspectionsCarriedOut { value } }";
    expect(await statementsFor("Department", "code", codes, nested)).toBe(5);
  });

  it("resolves every linked initiative with one statement per added field", async () => {
    expect(initiativeCodes.length).toBe(14);
    const fields = "labourMobilityAgreement { code } labourInspectionCampaigns { code } fundedProjectPortfolio { code } skillsRecognitionMeasure { code } workerAttractionMeasure { code }";
    expect(await statementsFor("Initiative", "code", initiativeCodes, fields)).toBe(5);
  });
});

describe("seed", () => {
  it("is idempotent: seeding again changes nothing", async () => {
    const count = "{ labourMobilityAgreements { totalCount } labourInspectionCampaigns { totalCount edges { node { sectors participatingBodies { code } } } } labourFigures { totalCount } }";
    const before = await subgraph.execute(count);
    await subgraph.running.instance.seed.run();
    expect(await subgraph.execute(count)).toEqual(before);
  });
});

describe("provenance", () => {
  const report = normaliseReportText(readReport());
  const records = [
    ...observations,
    ...labourMobilityAgreements,
    ...inspectionCampaigns,
    ...fundedProjectPortfolios,
    ...skillsRecognitionMeasures,
    ...workerAttractionMeasures,
  ];

  it("quotes every record verbatim from the report", () => {
    const missing = records.filter((record) => !report.includes(normaliseReportText(record.sourceQuote))).map((record) => record.code);
    expect(missing).toEqual([]);
    expect(records.every((record) => record.sourceRef.startsWith("Section "))).toBe(true);
  });

  const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  /** The ways the report writes a number: 11,000 / 11000 / 11 thousand / four. */
  function writtenForms(value: number): string[] {
    const forms = [String(value), value.toLocaleString("en-US")];
    if (value >= 1000 && value % 1000 === 0) forms.push(`${value / 1000} thousand`);
    if (Number.isInteger(value) && value < NUMBER_WORDS.length) forms.push(NUMBER_WORDS[value]!);
    return forms;
  }

  it("quotes each figure with its number in it", () => {
    const withoutNumber = observations.filter((figure) => {
      const words = normaliseReportText(figure.sourceQuote).split(/[\s(),.;:]+/);
      const quote = ` ${normaliseReportText(figure.sourceQuote)} `;
      return !writtenForms(figure.value).some((form) => words.includes(form) || quote.includes(` ${form} `));
    });
    expect(withoutNumber.map((figure) => figure.code)).toEqual([]);
  });

  it("ties each typed record's figure to a quote that names it", () => {
    for (const campaign of inspectionCampaigns) {
      const figure = observations.find((observation) => observation.code === campaign.inspectionsFigureCode)!;
      expect(campaign.sourceQuote).toContain(figure.value.toLocaleString("en-US"));
    }
    for (const portfolio of fundedProjectPortfolios) {
      expect(observations.some((observation) => observation.code === portfolio.projectsFigureCode)).toBe(true);
    }
  });
});
