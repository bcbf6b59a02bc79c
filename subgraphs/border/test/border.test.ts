import { describe, expect, it } from "vitest";
import { describeConnection, expectEveryNodeOnce, normaliseReportText, readReport, representationsOf, useTestSubgraph } from "@gcm-hub/kit/testing";
import { border } from "../src/server.js";
import { borderSeed } from "../prisma/seed.js";
import { observations, projects, protocols, systems } from "../prisma/seed/report.js";

const subgraph = useTestSubgraph(border);

async function query<Data>(operation: string, variables?: Record<string, unknown>): Promise<Data> {
  const { data, errors } = await subgraph.execute<Data>(operation, variables);
  expect(errors).toBeUndefined();
  return data!;
}

async function refusal(operation: string, variables?: Record<string, unknown>) {
  const { errors } = await subgraph.execute(operation, variables);
  expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  return errors![0]!.message;
}

const codes = (items: { code: string }[]) => items.map((item) => item.code);

describe("figures", () => {
  const figure = `query($id: ID!) { borderFigure(id: $id) { id label value unit period { start end label } objective { number } source { document reference quote } synthetic } }`;
  type Figure = { borderFigure: { label: string; value: number; unit: string; period: { start: string; end: string | null }; objective: { number: number } | null; source: { reference: string; quote: string }; synthetic: boolean } | null };

  it("gives the residence permits renewed through MySEF as a lower bound on Objective 12", async () => {
    const { borderFigure } = await query<Figure>(figure, { id: "border.mysef_residence_permits_renewed" });
    expect(borderFigure).toMatchObject({ value: 187000, unit: "residence permits", objective: { number: 12 }, synthetic: false });
    expect(borderFigure!.label).toContain("more than");
    // The report dates MySEF's implementation (2020), not the renewals: no period given.
    expect(borderFigure!.period).toBeNull();
    expect(borderFigure!.source.reference).toBe("Section II, Objective 12");
  });

  it("gives the resident foreign population: over 700,000 in 2021, 662 thousand in 2020 (SEF data)", async () => {
    const record = await query<Figure>(figure, { id: "border.foreign_residents_2021_record" });
    expect(record.borderFigure).toMatchObject({ value: 700000, unit: "people", objective: null, period: { start: "2021", end: "2021" } });
    expect(record.borderFigure!.label).toContain("more than");
    const sef = await query<Figure>(figure, { id: "border.foreign_residents_2020" });
    expect(sef.borderFigure).toMatchObject({ value: 662000, unit: "people", period: { start: "2020", end: "2020" } });
  });

  it("gives the trafficking and legal-aid figures on their objectives", async () => {
    const ids = { legalAid: "border.airport_legal_aid_citizens_supported", europol: "border.europol_joint_initiatives", fronts: "border.rimm_fronts" };
    const legalAid = await query<Figure>(figure, { id: ids.legalAid });
    // November 2020 is when the protocol was signed, not the period of the 500 supported.
    expect(legalAid.borderFigure).toMatchObject({ value: 500, objective: { number: 13 }, period: null });
    expect((await query<Figure>(figure, { id: ids.europol })).borderFigure).toMatchObject({ value: 5, unit: "joint initiatives", objective: { number: 9 } });
    expect((await query<Figure>(figure, { id: ids.fronts })).borderFigure).toMatchObject({ value: 2, unit: "fronts", objective: { number: 9 } });
  });

  it("answers null for an unknown figure", async () => {
    expect((await query<Figure>(figure, { id: "border.no_such_figure" })).borderFigure).toBeNull();
  });

  const borderFigures = describeConnection<{ id: string; value: number }>(subgraph, {
    field: "borderFigures", filterType: "FigureFilter", nodeFields: "id value", key: "id", every: () => codes(observations), pageSize: 2,
  });

  it("filters figures by objective and by the pandemic section", async () => {
    expect((await borderFigures.nodes({ objective: 9 })).map((node) => node.id)).toEqual(["border.europol_joint_initiatives", "border.rimm_fronts"]);
    const pandemic = await borderFigures.page({ filter: { pandemicResponse: true } });
    expect(pandemic.edges.map((edge) => edge.node)).toEqual([{ id: "border.foreign_residents_2020", value: 662000 }]);
    expect(pandemic.totalCount).toBe(1);
  });

  it("refuses an objective number that cannot exist, naming the argument", async () => {
    expect(await refusal(borderFigures.query, { filter: { objective: 24 } })).toContain('"filter.objective"');
  });
});

describe("cooperation projects and protocols", () => {
  it("describes RIMM: led by SEF, Sao Tome and Principe partner, Guinea-Bissau and Cabo Verde beneficiaries, two fronts", async () => {
    const { borderProject } = await query<{ borderProject: Record<string, unknown> }>(`{
      borderProject(code: "RIMM") { code acronym kind status fronts objectives { number } initiative { code }
        participants { role department { code } } countries { role country { iso } } source { reference } }
    }`);
    expect(borderProject).toEqual({
      code: "RIMM",
      acronym: "RIMM",
      kind: "PROJECT",
      status: "ACTIVE",
      fronts: projects.find((project) => project.code === "RIMM")!.fronts,
      objectives: [{ number: 9 }],
      initiative: { code: "RIMM" },
      participants: [{ role: "LEAD", department: { code: "SEF" } }],
      countries: [
        { role: "PARTNER", country: { iso: "ST" } },
        { role: "BENEFICIARY", country: { iso: "CV" } },
        { role: "BENEFICIARY", country: { iso: "GW" } },
      ],
      source: { reference: "Section II, Objective 9" },
    });
    expect((borderProject.fronts as string[])).toHaveLength(2);
  });

  const borderProjects = describeConnection<{ code: string }>(subgraph, {
    field: "borderProjects", filterType: "BorderProjectFilter", nodeFields: "code", key: "code", every: () => codes(projects), pageSize: 1,
  });
  const projectCodes = async (filter: Record<string, unknown>) => codes(await borderProjects.nodes(filter));

  it("filters projects by country and role, department, kind and objective", async () => {
    expect(await projectCodes({ country: "cv", countryRole: "BENEFICIARY" })).toEqual(["RIMM"]);
    expect(await projectCodes({ country: "CV", countryRole: "PARTNER" })).toEqual([]);
    expect(await projectCodes({ department: "EUROPOL" })).toEqual(["EUROPOL_JOINT_INITIATIVES"]);
    expect(await projectCodes({ department: "SEF", kind: "JOINT_INITIATIVES" })).toEqual(["EUROPOL_JOINT_INITIATIVES"]);
    expect(await projectCodes({ objective: 9, status: "ACTIVE" })).toEqual(["EUROPOL_JOINT_INITIATIVES", "RIMM"]);
    expect(await projectCodes({ objective: 12 })).toEqual([]);
  });

  it("refuses a malformed country code", async () => {
    expect(await refusal(borderProjects.query, { filter: { country: "CVX" } })).toContain('"filter.country"');
  });

  it("describes the airport legal aid protocol of November 2020 and its three signatories", async () => {
    const { borderProtocol } = await query<{ borderProtocol: Record<string, unknown> }>(`{
      borderProtocol(code: "AIRPORT_LEGAL_AID_PROTOCOL") { signedOn signedYear status beneficiaries objectives { number }
        parties { name department { code } country { iso } } }
    }`);
    expect(borderProtocol).toEqual({
      signedOn: "2020-11",
      signedYear: 2020,
      status: "ACTIVE",
      beneficiaries: "Foreign citizens who are refused entry into the country at national airports",
      objectives: [{ number: 13 }],
      parties: [
        { name: "Bar Association", department: { code: "BAR_ASSOCIATION" }, country: null },
        { name: "Ministry of Home Affairs", department: { code: "MINISTRY_OF_HOME_AFFAIRS" }, country: null },
        { name: "Ministry of Justice", department: { code: "MINISTRY_OF_JUSTICE" }, country: null },
      ],
    });
  });

  it("describes the OTSH protocol with Cabo Verde's observatory (2020)", async () => {
    const { borderProtocol } = await query<{ borderProtocol: { signedOn: string; status: string; purposes: string[]; parties: unknown[] } }>(`{
      borderProtocol(code: "OTSH_CABO_VERDE_PROTOCOL") { signedOn status purposes parties { department { code } country { iso } } }
    }`);
    expect(borderProtocol).toEqual({
      signedOn: "2020",
      status: "SIGNED",
      purposes: ["Exchange of data and information", "Technical and scientific collaboration"],
      parties: [
        { department: { code: "OTSH" }, country: null },
        { department: null, country: { iso: "CV" } },
      ],
    });
  });

  it("filters protocols by signatory country, department, year and objective, and pages", async () => {
    const borderProtocols = subgraph.connection<{ code: string }>("borderProtocols", "BorderProtocolFilter", "code");
    const protocolCodes = async (filter: Record<string, unknown>) => codes(await borderProtocols.nodes(filter));
    expect(await protocolCodes({ country: "CV" })).toEqual(["OTSH_CABO_VERDE_PROTOCOL"]);
    expect(await protocolCodes({ department: "BAR_ASSOCIATION" })).toEqual(["AIRPORT_LEGAL_AID_PROTOCOL"]);
    expect(await protocolCodes({ department: "OTSH", country: "CV" })).toEqual(["OTSH_CABO_VERDE_PROTOCOL"]);
    expect(await protocolCodes({ signedYear: 2020 })).toEqual(["AIRPORT_LEGAL_AID_PROTOCOL", "OTSH_CABO_VERDE_PROTOCOL"]);
    expect(await protocolCodes({ signedYear: 2021 })).toEqual([]);
    expect(await protocolCodes({ objective: 10, status: "SIGNED" })).toEqual(["OTSH_CABO_VERDE_PROTOCOL"]);
    await expectEveryNodeOnce(borderProtocols, 1, "code", codes(protocols));
  });

  it("answers null for unknown codes", async () => {
    const data = await query<Record<string, null>>(`{ borderProject(code: "NOPE") { code } borderProtocol(code: "NOPE") { code } borderSystem(code: "NOPE") { code }
      borderFacility(code: "NOPE") { code } borderPolicyDocument(code: "NOPE") { code } documentationMeasure(code: "NOPE") { code }
      regularisationMeasure(code: "NOPE") { code } traffickingReferralSystem(code: "NOPE") { code } }`);
    expect(Object.values(data).every((value) => value === null)).toBe(true);
  });
});

describe("border management, documentation and regularisation", () => {
  it("lists the border systems: biometrics developed, EES due in May 2022, MySEF in operation since 2020", async () => {
    const { borderSystems } = await query<{ borderSystems: Record<string, unknown>[] }>(
      "{ borderSystems { code kind status crossings startYear expectedOperational operator { code } objectives { number } initiative { code } } }",
    );
    expect(borderSystems).toEqual([
      { code: "BIOMETRIC_BORDER_CROSSING", kind: "BORDER_CONTROL", status: "DEVELOPED", crossings: ["AIR", "SEA"], startYear: null, expectedOperational: null, operator: null, objectives: [{ number: 11 }], initiative: { code: "BIOMETRIC_BORDER_CROSSING" } },
      { code: "EES", kind: "BORDER_CONTROL", status: "BEING_IMPLEMENTED", crossings: [], startYear: null, expectedOperational: "2022-05", operator: null, objectives: [{ number: 11 }], initiative: { code: "EES" } },
      { code: "MYSEF", kind: "DOCUMENT_MANAGEMENT", status: "IN_OPERATION", crossings: [], startYear: 2020, expectedOperational: null, operator: { code: "SEF" }, objectives: [{ number: 12 }], initiative: { code: "MYSEF" } },
    ]);
    expect(codes((await query<{ borderSystems: { code: string }[] }>("{ borderSystems(objective: 11, status: DEVELOPED) { code } }")).borderSystems)).toEqual([
      "BIOMETRIC_BORDER_CROSSING",
    ]);
    expect(codes((await query<{ borderSystems: { code: string }[] }>("{ borderSystems(kind: DOCUMENT_MANAGEMENT) { code } }")).borderSystems)).toEqual(["MYSEF"]);
    expect(await refusal("{ borderSystems(objective: 0) { code } }")).toContain('"objective"');
  });

  it("links the Algarve hotspot to the contingency plan and lists the foreseen screening centres", async () => {
    const { borderFacilities } = await query<{ borderFacilities: Record<string, unknown>[] }>(
      "{ borderFacilities { code kind status location policyDocument { code status } } }",
    );
    expect(borderFacilities).toEqual([
      { code: "ALGARVE_HOTSPOT", kind: "HOTSPOT", status: "FINAL_STAGES", location: "Algarve coast", policyDocument: { code: "CONTINGENCY_PLAN_IRREGULAR_IMMIGRATION_SEA", status: "DRAFTED" } },
      { code: "SCREENING_REGISTRATION_CENTRES", kind: "SCREENING_AND_REGISTRATION_CENTRE", status: "FORESEEN", location: null, policyDocument: null },
    ]);
    expect(codes((await query<{ borderFacilities: { code: string }[] }>("{ borderFacilities(status: FORESEEN, objective: 11) { code } }")).borderFacilities)).toEqual([
      "SCREENING_REGISTRATION_CENTRES",
    ]);
  });

  it("gives the draft strategy 2020-2023 under approval and the drafted contingency plan", async () => {
    const { borderPolicyDocuments } = await query<{ borderPolicyDocuments: Record<string, unknown>[] }>(
      "{ borderPolicyDocuments { code kind status startYear endYear objectives { number } facilities { code } } }",
    );
    expect(borderPolicyDocuments).toEqual([
      { code: "CONTINGENCY_PLAN_IRREGULAR_IMMIGRATION_SEA", kind: "CONTINGENCY_PLAN", status: "DRAFTED", startYear: null, endYear: null, objectives: [{ number: 8 }, { number: 11 }], facilities: [{ code: "ALGARVE_HOTSPOT" }] },
      { code: "NSIBM_2020_2023", kind: "NATIONAL_STRATEGY", status: "UNDER_APPROVAL", startYear: 2020, endYear: 2023, objectives: [{ number: 8 }], facilities: [] },
    ]);
    expect(codes((await query<{ borderPolicyDocuments: { code: string }[] }>("{ borderPolicyDocuments(status: UNDER_APPROVAL, kind: NATIONAL_STRATEGY, objective: 8) { code } }")).borderPolicyDocuments)).toEqual(["NSIBM_2020_2023"]);
  });

  it("gives the 2021 residence permit model with tax, health and social security numbers, and the Nationality Law amendment", async () => {
    const { documentationMeasure } = await query<{ documentationMeasure: Record<string, unknown> }>(
      '{ documentationMeasure(code: "NEW_RESIDENCE_PERMIT_MODEL") { kind year status provisions objectives { number } } }',
    );
    expect(documentationMeasure).toMatchObject({ kind: "RESIDENCE_PERMIT_MODEL", year: 2021, status: "ADOPTED", objectives: [{ number: 4 }] });
    expect(documentationMeasure.provisions).toEqual(expect.arrayContaining(["Tax number", "Health number", "Social security number"]));
    const onFour = await query<{ documentationMeasures: { code: string }[] }>("{ documentationMeasures(objective: 4) { code } }");
    expect(codes(onFour.documentationMeasures)).toEqual(["NATIONALITY_LAW_AMENDMENT", "NEW_RESIDENCE_PERMIT_MODEL"]);
    const law = await query<{ documentationMeasures: { code: string }[] }>("{ documentationMeasures(kind: NATIONALITY_LAW_AMENDMENT) { code } }");
    expect(codes(law.documentationMeasures)).toEqual(["NATIONALITY_LAW_AMENDMENT"]);
  });

  it("gives the pandemic regularisation extension (pending as of 31 December 2021) and document validity to end of June 2022", async () => {
    const { regularisationMeasures } = await query<{ regularisationMeasures: Record<string, unknown>[] }>(
      "{ regularisationMeasures { code kind status pendingAsOf validUntil effects pandemicResponse initiative { code } source { reference } } }",
    );
    expect(regularisationMeasures).toHaveLength(2);
    expect(regularisationMeasures).toContainEqual(
      expect.objectContaining({ code: "EXTRAORDINARY_REGULARISATION_EXTENSION", status: "EXTENDED", pendingAsOf: "2021-12-31", pandemicResponse: true }),
    );
    expect(regularisationMeasures).toContainEqual(
      expect.objectContaining({ code: "DOCUMENT_VALIDITY_EXTENSION", validUntil: "2022-06-30", pandemicResponse: true, initiative: { code: "EXTRAORDINARY_REGULARISATION_EXTENSION" } }),
    );
    const extension = regularisationMeasures.find((measure) => measure.code === "EXTRAORDINARY_REGULARISATION_EXTENSION")!;
    expect(extension.effects).toContain("Descendants become eligible for family benefits");
    const byKind = await query<{ regularisationMeasures: { code: string }[] }>("{ regularisationMeasures(kind: DOCUMENT_VALIDITY_EXTENSION) { code } }");
    expect(codes(byKind.regularisationMeasures)).toEqual(["DOCUMENT_VALIDITY_EXTENSION"]);
  });

  it("gives the National Referral System for child victims of trafficking, launched in 2021", async () => {
    const { traffickingReferralSystems } = await query<{ traffickingReferralSystems: Record<string, unknown>[] }>(
      "{ traffickingReferralSystems(objective: 10) { code launchYear status focus procedures source { reference } } }",
    );
    expect(traffickingReferralSystems).toEqual([
      {
        code: "NATIONAL_REFERRAL_SYSTEM_CHILD_TRAFFICKING",
        launchYear: 2021,
        status: "LAUNCHED",
        focus: "Migrant children",
        procedures: ["Prevention", "Detection", "Protection"],
        source: { reference: "Section I, pillar II" },
      },
    ]);
  });
});

describe("federation entities", () => {
  const entities = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Objective { number borderFigures { id } borderProjects { code } traffickingReferralSystems { code } }
    ... on Country { iso borderCooperation { role cooperation { __typename ... on BorderProject { code } ... on BorderProtocol { code } } } }
    ... on Department { code borderProjects { code } borderProtocols { code } borderSystems { code } }
    ... on Initiative { code borderProjects { code } regularisationMeasures { code } }
  } }`;

  it("resolves each @key with the border data on it", async () => {
    const { _entities } = await query<{ _entities: unknown[] }>(entities, {
      representations: representationsOf({ Objective: [9, 10], Country: ["CV"], Department: ["SEF"], Initiative: ["RIMM", "EXTRAORDINARY_REGULARISATION_EXTENSION"] }),
    });
    expect(_entities).toEqual([
      {
        number: 9,
        borderFigures: [{ id: "border.europol_joint_initiatives" }, { id: "border.rimm_fronts" }],
        borderProjects: [{ code: "EUROPOL_JOINT_INITIATIVES" }, { code: "RIMM" }],
        traffickingReferralSystems: [],
      },
      { number: 10, borderFigures: [], borderProjects: [], traffickingReferralSystems: [{ code: "NATIONAL_REFERRAL_SYSTEM_CHILD_TRAFFICKING" }] },
      {
        iso: "CV",
        borderCooperation: [
          { role: "BENEFICIARY", cooperation: { __typename: "BorderProject", code: "RIMM" } },
          { role: "SIGNATORY", cooperation: { __typename: "BorderProtocol", code: "OTSH_CABO_VERDE_PROTOCOL" } },
        ],
      },
      { code: "SEF", borderProjects: [{ code: "EUROPOL_JOINT_INITIATIVES" }, { code: "RIMM" }], borderProtocols: [], borderSystems: [{ code: "MYSEF" }] },
      { code: "RIMM", borderProjects: [{ code: "RIMM" }], regularisationMeasures: [] },
      {
        code: "EXTRAORDINARY_REGULARISATION_EXTENSION",
        borderProjects: [],
        regularisationMeasures: [{ code: "DOCUMENT_VALIDITY_EXTENSION" }, { code: "EXTRAORDINARY_REGULARISATION_EXTENSION" }],
      },
    ]);
  });

  it("filters a country's cooperation and a department's projects by role", async () => {
    const { _entities } = await query<{ _entities: unknown[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Country { borderCooperation(role: SIGNATORY) { role } }
        ... on Department { borderProjects(role: PARTNER) { code } }
      } }`,
      { r: [{ __typename: "Country", iso: "CV" }, { __typename: "Department", code: "EUROPOL" }, { __typename: "Department", code: "SEF" }] },
    );
    expect(_entities).toEqual([{ borderCooperation: [{ role: "SIGNATORY" }] }, { borderProjects: [{ code: "EUROPOL_JOINT_INITIATIVES" }] }, { borderProjects: [] }]);
  });

  it("answers unknown keys without inventing data: null for a non-objective, empty lists otherwise", async () => {
    const { _entities } = await query<{ _entities: unknown[] }>(entities, {
      representations: representationsOf({ Objective: [99], Country: ["XX"], Department: ["NO_SUCH_BODY"], Initiative: ["NO_SUCH_INITIATIVE"] }),
    });
    expect(_entities).toEqual([
      null,
      { iso: "XX", borderCooperation: [] },
      { code: "NO_SUCH_BODY", borderProjects: [], borderProtocols: [], borderSystems: [] },
      { code: "NO_SUCH_INITIATIVE", borderProjects: [], regularisationMeasures: [] },
    ]);
  });

  it("resolves all 23 objectives with every border field in one SQL statement per relation", async () => {
    const representations = Array.from({ length: 23 }, (_, index) => ({ __typename: "Objective", number: index + 1 }));
    subgraph.statements.length = 0;
    await query("query($r: [_Any!]!) { _entities(representations: $r) { ... on Objective { number } } }", { r: representations });
    expect(subgraph.statements).toHaveLength(0);

    subgraph.statements.length = 0;
    const { _entities } = await query<{ _entities: { number: number; borderFigures: unknown[] }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Objective { number
        borderFigures { id } borderProjects { code } borderProtocols { code } borderSystems { code } borderFacilities { code }
        borderPolicyDocuments { code } documentationMeasures { code } traffickingReferralSystems { code } } } }`,
      { r: representations },
    );
    expect(_entities.map((objective) => objective.number)).toEqual(representations.map((r) => r.number));
    expect(subgraph.statements).toHaveLength(8);
  });

  it("resolves every country the data names with its cooperation in one statement per relation (projects, protocols)", async () => {
    const isos = [...new Set([...projects.flatMap((p) => p.countries.map((c) => c.countryIso)), ...protocols.flatMap((p) => p.parties.flatMap((party) => party.countryIso ?? []))])];
    expect(isos.sort()).toEqual(["CV", "GW", "ST"]);
    subgraph.statements.length = 0;
    await query(
      "query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { iso borderCooperation { role cooperation { ... on BorderProject { code } ... on BorderProtocol { code } } } } } }",
      { r: isos.map((iso) => ({ __typename: "Country", iso })) },
    );
    expect(subgraph.statements).toHaveLength(2);
  });

  it("resolves every department the data names with its projects, protocols and systems in one statement each", async () => {
    const departmentCodes = [
      ...new Set([
        ...projects.flatMap((p) => p.participants.map((participant) => participant.departmentCode)),
        ...protocols.flatMap((p) => p.parties.flatMap((party) => party.departmentCode ?? [])),
        ...systems.flatMap((s) => s.operatorCode ?? []),
      ]),
    ];
    expect(departmentCodes.length).toBeGreaterThanOrEqual(6);
    subgraph.statements.length = 0;
    const { _entities } = await query<{ _entities: { code: string }[] }>(
      "query($r: [_Any!]!) { _entities(representations: $r) { ... on Department { code borderProjects { code } borderProtocols { code } borderSystems { code } } } }",
      { r: departmentCodes.map((code) => ({ __typename: "Department", code })) },
    );
    expect(_entities.map((department) => department.code)).toEqual(departmentCodes);
    expect(subgraph.statements).toHaveLength(3);
  });

  it("resolves every initiative the records detail with all their border records in one statement per relation", async () => {
    const initiativeCodes = [
      ...new Set(
        Object.values(borderSeed)
          .flat()
          .flatMap((record) => ("initiativeCode" in record && record.initiativeCode ? [record.initiativeCode] : [])),
      ),
    ];
    expect(initiativeCodes.length).toBeGreaterThan(10);
    expect(initiativeCodes.length).toBeLessThanOrEqual(50);
    subgraph.statements.length = 0;
    const { _entities } = await query<{ _entities: Record<string, { code: string }[]>[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { code
        borderProjects { code } borderProtocols { code } borderSystems { code } borderFacilities { code }
        borderPolicyDocuments { code } documentationMeasures { code } regularisationMeasures { code } traffickingReferralSystems { code } } } }`,
      { r: initiativeCodes.map((code) => ({ __typename: "Initiative", code })) },
    );
    expect(subgraph.statements).toHaveLength(8);
    // Every initiative the records point at lists at least one of them back.
    expect(_entities.every((initiative) => Object.values(initiative).some((records) => Array.isArray(records) && records.length > 0))).toBe(true);
  });

  it("loads the nested relations of a page of projects and protocols with one statement each", async () => {
    subgraph.statements.length = 0;
    await query(`{
      borderProjects(first: 100) { edges { node { code participants { role } countries { role } } } }
      borderProtocols(first: 100) { edges { node { code parties { name } } } }
    }`);
    // Each page: one findMany (no count: totalCount is not selected); then one statement per relation.
    expect(subgraph.statements).toHaveLength(2 + 3);
  });
});

describe("provenance", () => {
  const report = normaliseReportText(readReport());
  const records = Object.entries(borderSeed).flatMap(([kind, rows]) =>
    (rows as { code: string; sourceRef: string; sourceQuote: string }[]).map((row) => ({ kind, ...row })),
  );

  it("quotes the report verbatim for every record and figure", () => {
    expect(records.length).toBeGreaterThan(20);
    const missing = records.filter((record) => !report.includes(normaliseReportText(record.sourceQuote))).map((record) => record.code);
    expect(missing).toEqual([]);
    expect(records.every((record) => /^Section (I|II|III|IV)\b/.test(record.sourceRef))).toBe(true);
  });

  const WORDS: Record<number, string> = { 2: "two", 5: "five" };
  const renderings = (value: number) =>
    [String(value), value.toLocaleString("en-US"), value % 1000 === 0 ? `${value / 1000} thousand` : null, WORDS[value] ?? null].filter(
      (rendering): rendering is string => rendering !== null,
    );

  it("quotes contain the figure they support", () => {
    const unsupported = observations.filter((figure) => !renderings(figure.value).some((rendering) => figure.sourceQuote.includes(rendering)));
    expect(unsupported.map((figure) => figure.code)).toEqual([]);
  });

  it("marks lower bounds ('over', 'exceeding') as 'more than' in the label", () => {
    for (const figure of observations) {
      const lowerBound = /\b(over|exceeding|more than)\b/.test(figure.sourceQuote);
      expect({ code: figure.code, moreThan: figure.label.includes("more than") }).toEqual({ code: figure.code, moreThan: lowerBound });
    }
  });

  it("prefixes every figure id with the subgraph name", () => {
    expect(observations.every((figure) => figure.code.startsWith("border."))).toBe(true);
  });
});
