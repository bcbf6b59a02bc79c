import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { describeConnection, normaliseReportText, readReport, representationsOf, useTestSubgraph } from "@gcm-hub/kit/testing";
import { integration } from "../src/server.js";
import { observations, programmes, supportCentreTypes } from "../prisma/seed/report.js";

const subgraph = useTestSubgraph(integration);

type Figure = { id: string; label: string; value: number; unit: string; period: { start: string; end: string | null; label: string }; objective: { number: number } | null };
const FIGURE_FIELDS = "id label value unit period { start end label } objective { number } source { document reference quote }";

describe("integration records", () => {
  it("serves the support centre network with the report's counts", async () => {
    const { data, errors } = await subgraph.execute<{
      supportCentreTypes: { code: string; kind: string; setUpWith: string[]; department: { code: string }; network: { code: string; status: string }; figures: Figure[] }[];
    }>(`{ supportCentreTypes { code kind setUpWith department { code } network { code status } figures { ${FIGURE_FIELDS} } } }`);
    expect(errors).toBeUndefined();
    expect(data!.supportCentreTypes.map((type) => type.code)).toEqual(["CLAIM", "CNAIM", "GIP"]);
    const [claim, cnaim, gip] = data!.supportCentreTypes;
    expect(cnaim!.figures.find((figure) => figure.id === "integration.cnaim_centres")?.value).toBe(4);
    expect(cnaim!.figures.find((figure) => figure.id === "integration.cnaim_opened_since_2020")?.value).toBe(1);
    expect(cnaim!.figures.find((figure) => figure.id === "integration.cnaim_voluntary_return_consultations")?.value).toBe(350);
    expect(claim!.figures.map((figure) => [figure.id, figure.value])).toEqual([
      ["integration.claim_centres", 145],
      ["integration.claim_health_calls", 5634],
      ["integration.claim_opened_since_2020", 43],
    ]);
    expect(claim!.setUpWith).toEqual(["local authorities", "civil society entities", "higher education institutions"]);
    expect(gip).toMatchObject({ kind: "OCCUPATIONAL_INSERTION_OFFICE", department: { code: "GIP" }, figures: [] });
    expect(cnaim!.network).toEqual({ code: "ACM_SUPPORT_NETWORK", status: "EXPANDING" });
  });

  it("serves both integration networks with their figures and centre types", async () => {
    const { data } = await subgraph.execute<{
      integrationNetworks: { code: string; status: string; scope: string; startYear: number | null; centreTypes: { code: string }[]; figures: Figure[] }[];
      pilots: { code: string }[];
    }>(`{ integrationNetworks { code status scope startYear centreTypes { code } figures { ${FIGURE_FIELDS} } } pilots: integrationNetworks(status: PILOT) { code } }`);
    const [acm, rede] = data!.integrationNetworks;
    expect(acm!.centreTypes.map((type) => type.code)).toEqual(["CLAIM", "CNAIM", "GIP"]);
    const assisted = acm!.figures.find((figure) => figure.id === "integration.support_network_people_assisted");
    expect(assisted).toMatchObject({ value: 500000, unit: "people", period: { start: "2020", end: null, label: "since 2020" }, objective: { number: 7 } });
    expect(acm!.figures.find((figure) => figure.unit === "percent")?.value).toBe(40);
    expect(rede).toMatchObject({ code: "REDE_INTEGRAR_VALORIZA", status: "PILOT", scope: "MUNICIPALITIES", startYear: 2021, centreTypes: [] });
    expect(rede!.figures).toEqual([expect.objectContaining({ value: 19, unit: "percent", objective: null })]);
    expect(data!.pilots).toEqual([{ code: "REDE_INTEGRAR_VALORIZA" }]);
  });

  it("serves services, information, training and language programmes with their typed fields", async () => {
    const { data, errors } = await subgraph.execute<{
      supportServices: { code: string; channel: string | null; centreType: { code: string } | null; initiative: { code: string } | null; figures: { value: number }[] }[];
      informationServices: { code: string; format: string; languages: string | null; status: string }[];
      pandemic: { code: string; pandemicResponse: boolean }[];
      trainingProgrammes: { code: string; audience: string; topics: string[]; participants: { department: { code: string }; role: string }[]; figures: { value: number }[] }[];
      languageProgrammes: { code: string; legalBasis: string | null; features: string[]; figures: { value: number; label: string }[] }[];
    }>(`{
      supportServices { code channel centreType { code } initiative { code } figures { value } }
      informationServices { code format languages status }
      pandemic: informationServices(pandemicResponse: true) { code pandemicResponse }
      trainingProgrammes(department: "iefp") { code audience topics participants { department { code } role } figures { value } }
      languageProgrammes(setting: HOST_LANGUAGE_COURSES) { code legalBasis features figures { value label } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.supportServices).toEqual([
      { code: "CNAIM_VOLUNTARY_RETURN_REFERRAL", channel: null, centreType: { code: "CNAIM" }, initiative: { code: "ARVORE_VII" }, figures: [{ value: 350 }] },
      { code: "TELEPHONE_TRANSLATION_SERVICE", channel: "telephone", centreType: null, initiative: { code: "TELEPHONE_TRANSLATION_SERVICE" }, figures: [{ value: 631 }] },
    ]);
    expect(data!.informationServices.find((info) => info.code === "EPORTUGAL_MIGRANT_INFORMATION")).toEqual({
      code: "EPORTUGAL_MIGRANT_INFORMATION", format: "ONLINE_INFORMATION", languages: "Portuguese and English", status: "PUBLISHED",
    });
    expect(data!.pandemic).toEqual([{ code: "MULTILINGUAL_COVID_INFORMATION", pandemicResponse: true }]);
    expect(data!.trainingProgrammes).toHaveLength(1);
    expect(data!.trainingProgrammes[0]).toMatchObject({ code: "CIVIL_SERVANT_TRAINING", audience: "civil servants", figures: [{ value: 5000 }] });
    expect(data!.trainingProgrammes[0]!.participants.map((p) => p.department.code)).toEqual(["ACM", "ANQEP", "IEFP", "SEF"]);
    expect(data!.trainingProgrammes[0]!.topics).toContain("prevention of human trafficking");
    const [pla] = data!.languageProgrammes;
    expect(pla).toMatchObject({ code: "PLA_COURSES", legalBasis: "Ministerial Order (2020)" });
    expect(pla!.figures.map((figure) => figure.value)).toEqual([19000, 1000]);
    expect(pla!.figures.every((figure) => figure.label.includes("more than"))).toBe(true);
  });

  it("serves plans, protocols and anti-discrimination measures with their figures", async () => {
    const { data } = await subgraph.execute<{
      antiDiscrimination: { code: string; level: string; approvedOn: string | null; startYear: number | null; endYear: number | null; figures: { value: number }[] }[];
      municipal: { code: string; figures: { id: string; value: number }[] }[];
      integrationProtocols: { code: string; policyArea: string; startYear: number; participants: { department: { code: string } }[] }[];
      antiDiscriminationMeasures: { appliesTo: string }[];
    }>(`{
      antiDiscrimination: integrationPlans(policyArea: ANTI_DISCRIMINATION, status: APPROVED) { code level approvedOn startYear endYear figures { value } }
      municipal: integrationPlans(level: MUNICIPAL) { code figures { id value } }
      integrationProtocols(department: "IHRU") { code policyArea startYear participants { department { code } } }
      antiDiscriminationMeasures(objective: 17) { appliesTo }
    }`);
    expect(data!.antiDiscrimination).toEqual([
      { code: "NPCRD_2021_2025", level: "NATIONAL", approvedOn: "2021", startYear: 2021, endYear: 2025, figures: [{ value: 10 }] },
      { code: "SECURITY_FORCES_DISCRIMINATION_PREVENTION_PLAN", level: "SECTORAL", approvedOn: "2021-03-18", startYear: 2021, endYear: null, figures: [] },
    ]);
    expect(data!.municipal).toEqual([
      { code: "LOCAL_HOUSING_STRATEGIES", figures: [{ id: "integration.local_housing_strategies_presented", value: 177 }] },
      { code: "PMIM", figures: [{ id: "integration.pmim_municipalities", value: 36 }, { id: "integration.pmim_plans_designed", value: 43 }] },
    ]);
    expect(data!.integrationProtocols).toEqual([
      { code: "ACM_IHRU_HOUSING_PROTOCOL", policyArea: "HOUSING", startYear: 2021, participants: [{ department: { code: "ACM" } }, { department: { code: "IHRU" } }] },
    ]);
    expect(data!.antiDiscriminationMeasures).toEqual([{ appliesTo: "all the security forces and services" }]);
  });

  it("looks up records by code, with the right type, and null for unknown codes", async () => {
    const { data } = await subgraph.execute<{ stt: { __typename: string; name: string }; guide: { __typename: string; format: string }; none: null; claim: { name: string }; nothing: null }>(`{
      stt: integrationProgramme(code: "TELEPHONE_TRANSLATION_SERVICE") { __typename name }
      guide: integrationProgramme(code: "MIGRANT_RECEPTION_GUIDE") { __typename ... on InformationService { format } }
      none: integrationProgramme(code: "NO_SUCH_PROGRAMME") { code }
      claim: supportCentreType(code: "claim") { name }
      nothing: supportCentreType(code: "XYZ") { name }
    }`);
    expect(data!.stt).toEqual({ __typename: "SupportService", name: "Telephone Translation Service (STT)" });
    expect(data!.guide).toEqual({ __typename: "InformationService", format: "GUIDE" });
    expect(data!.none).toBeNull();
    expect(data!.claim.name).toBe("Local Centres to Support the Integration of Migrants");
    expect(data!.nothing).toBeNull();
  });
});

describe("connections, filters and argument checks", () => {
  const integrationProgrammes = describeConnection<{ __typename: string; code: string; status: string }>(subgraph, {
    field: "integrationProgrammes", filterType: "IntegrationProgrammeFilter", nodeFields: "__typename code status", key: "code",
    every: () => programmes.map((programme) => programme.code), pageSize: 7,
  });
  const integrationFigures = describeConnection<{ id: string; value: number }>(subgraph, {
    field: "integrationFigures", filterType: "FigureFilter", nodeFields: "id value", key: "id", every: () => observations.map((observation) => observation.code), pageSize: 6,
  });
  const programmeCodes = async (filter: Record<string, unknown>) => (await integrationProgrammes.nodes(filter)).map((node) => node.code);

  it("gives figures 20 at a time by default", async () => {
    expect((await integrationFigures.page()).edges).toHaveLength(Math.min(20, observations.length));
  });

  it("filters programmes by kind, objective, department, status and pandemic response together", async () => {
    expect(await programmeCodes({ objective: 7, department: "ACM", status: "ONGOING" })).toEqual(["INTERCULTURAL_COMPETENCES_ELEARNING"]);
    const byKind = await integrationProgrammes.page({ first: 100, filter: { kind: "INTEGRATION_PLAN" } });
    expect(byKind.totalCount).toBe(programmes.filter((p) => p.kind === "INTEGRATION_PLAN").length);
    expect(byKind.edges.every((edge) => edge.node.__typename === "IntegrationPlan")).toBe(true);
    expect(await programmeCodes({ pandemicResponse: true })).toEqual(["MULTILINGUAL_COVID_INFORMATION"]);
  });

  it("filters figures by objective and pandemic response", async () => {
    expect((await integrationFigures.nodes({ objective: 16 })).map((node) => node.value).sort((a, b) => a - b)).toEqual([34, 36, 43, 644, 1000, 19000]);
    expect((await integrationFigures.page({ filter: { pandemicResponse: true } })).totalCount).toBe(0);
    expect(await integrationFigures.nodes({ pandemicResponse: false, objective: 21 })).toEqual([{ id: "integration.cnaim_voluntary_return_consultations", value: 350 }]);
  });

  it("refuses objective numbers that cannot be and blank departments, naming the argument", async () => {
    expect(await integrationFigures.refusal({ filter: { objective: 24 } })).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining('"filter.objective"') });
    const badArgument = await subgraph.execute("{ supportServices(objective: 0) { code } }");
    expect(badArgument.errors?.[0]?.message).toContain('"objective"');
    const blankDepartment = await subgraph.execute('{ trainingProgrammes(department: " ") { code } }');
    expect(blankDepartment.errors?.[0]?.message).toContain('"department"');
  });
});

describe("federation entities", () => {
  const entities = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Objective { number integrationFigures { id value } integrationProgrammes(kind: SUPPORT_SERVICE) { code } }
    ... on Department { code supportCentreType { code } integrationProgrammes(role: LEAD) { code } }
    ... on Initiative { code integrationProgrammes { __typename code } }
  } }`;

  it("resolves each @key, with empty additions for keys the department has nothing on", async () => {
    const { data, errors } = await subgraph.execute<{ _entities: unknown[] }>(entities, {
      representations: representationsOf({ Objective: [21, 99], Department: ["CNAIM", "NO_SUCH_BODY"], Initiative: ["ARVORE_VII", "NO_SUCH_INITIATIVE"] }),
    });
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      {
        number: 21,
        integrationFigures: [{ id: "integration.cnaim_voluntary_return_consultations", value: 350 }],
        integrationProgrammes: [{ code: "CNAIM_VOLUNTARY_RETURN_REFERRAL" }],
      },
      null, // objective 99 cannot exist: the kit's one reference policy
      { code: "CNAIM", supportCentreType: { code: "CNAIM" }, integrationProgrammes: [{ code: "CNAIM_VOLUNTARY_RETURN_REFERRAL" }] },
      { code: "NO_SUCH_BODY", supportCentreType: null, integrationProgrammes: [] },
      { code: "ARVORE_VII", integrationProgrammes: [{ __typename: "SupportService", code: "CNAIM_VOLUNTARY_RETURN_REFERRAL" }] },
      { code: "NO_SUCH_INITIATIVE", integrationProgrammes: [] },
    ]);
  });

  it("gives an objective dashboard of programmes of every kind", async () => {
    const { data } = await subgraph.execute<{ _entities: { integrationProgrammes: { __typename: string; code: string }[] }[] }>(
      "query($r: [_Any!]!) { _entities(representations: $r) { ... on Objective { integrationProgrammes { __typename code } } } }",
      { r: [{ __typename: "Objective", number: 15 }] },
    );
    expect(data!._entities[0]!.integrationProgrammes).toEqual([
      { __typename: "IntegrationProtocol", code: "ACM_IHRU_HOUSING_PROTOCOL" },
      { __typename: "IntegrationPlan", code: "LOCAL_HOUSING_STRATEGIES" },
      { __typename: "LanguageProgramme", code: "PORTUGUESE_NON_MOTHER_TONGUE" },
      { __typename: "SupportService", code: "TELEPHONE_TRANSLATION_SERVICE" },
    ]);
  });

  const departmentCodes = [...new Set(programmes.flatMap((programme) => programme.participants.map(({ departmentCode }) => departmentCode)))];
  const initiativeCodes = [...new Set(programmes.flatMap((programme) => (programme.initiativeCode ? [programme.initiativeCode] : [])))];

  it.each([
    ["Objective", "integrationFigures { id }", Array.from({ length: 23 }, (_, index) => ({ number: index + 1 }))],
    ["Objective", "integrationProgrammes { code }", Array.from({ length: 23 }, (_, index) => ({ number: index + 1 }))],
    ["Department", "integrationProgrammes { code }", departmentCodes.map((code) => ({ code }))],
    ["Department", "supportCentreType { code }", departmentCodes.map((code) => ({ code }))],
    ["Initiative", "integrationProgrammes { code }", initiativeCodes.map((code) => ({ code }))],
  ])("resolves every %s with %s in one SQL statement", async (typename, selection, keys) => {
    const representations = keys.slice(0, 50).map((key) => ({ __typename: typename, ...key }));
    expect(representations.length).toBeGreaterThan(5);
    subgraph.statements.length = 0;
    const { data, errors } = await subgraph.execute<{ _entities: unknown[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
      { r: representations },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toHaveLength(representations.length);
    expect(subgraph.statements).toHaveLength(1);
  });

  it("resolves the relations of a page of programmes with one SQL statement each", async () => {
    subgraph.statements.length = 0;
    const { errors } = await subgraph.execute(`{ integrationProgrammes(first: 100) { edges { node {
      code objectives { number } participants { role department { code } } figures { id }
      ... on IntegrationNetwork { centreTypes { code figures { id } services { code } } }
    } } } }`);
    expect(errors).toBeUndefined();
    // the page (no count: totalCount is not selected), objectives, participants, figures, centre types, their figures, their services
    expect(subgraph.statements).toHaveLength(7);
  });
});

describe("provenance", () => {
  const report = normaliseReportText(readReport());
  const records = [
    ...programmes.map((record) => ({ code: record.code, quote: record.sourceQuote })),
    ...supportCentreTypes.map((record) => ({ code: record.code, quote: record.sourceQuote })),
    ...observations.map((record) => ({ code: record.code, quote: record.sourceQuote })),
  ];

  it("quotes every record verbatim from the report", () => {
    expect(records.filter(({ quote }) => !report.includes(normaliseReportText(quote))).map(({ code }) => code)).toEqual([]);
  });

  // How the report writes a number: digits, thousands separators, "6 thousand", "one thousand", "a new CNAIM".
  const WORDS: Record<number, string[]> = { 1: ["one", "a new"] };
  function spellings(value: number): string[] {
    const thousands = value % 1000 === 0 ? [value / 1000] : [];
    return [
      String(value),
      value.toLocaleString("en-US"),
      ...(WORDS[value] ?? []),
      ...thousands.flatMap((count) => [`${count} thousand`, ...(WORDS[count] ?? []).map((word) => `${word} thousand`)]),
    ];
  }

  it("quotes each figure where the report gives it, and labels lower bounds", () => {
    for (const figure of observations) {
      const quote = normaliseReportText(figure.sourceQuote);
      expect(spellings(figure.value).some((spelling) => quote.includes(spelling)), `${figure.code}: ${figure.value} in "${quote}"`).toBe(true);
      const lowerBound = spellings(figure.value).some((spelling) => quote.includes(`over ${spelling}`));
      expect(figure.label.includes("more than"), `${figure.code} label says "more than" iff the report says "over"`).toBe(lowerBound);
      expect(figure.code.startsWith("integration.")).toBe(true);
      if (figure.unit === "percent") expect(quote).toContain(`${figure.value}%`);
    }
  });

  it("uses only department and initiative codes that exist in plan's seed", () => {
    const planSeed = fs.readFileSync(new URL("../../plan/prisma/seed/report.ts", import.meta.url), "utf8");
    const codesBetween = (start: string, end: string) =>
      new Set([...planSeed.slice(planSeed.indexOf(start), planSeed.indexOf(end)).matchAll(/\bcode: "([A-Z0-9_]+)"|^\s*\w+\("([A-Z0-9_]+)"/gm)].map((match) => match[1] ?? match[2]));
    const planDepartments = codesBetween("export const departments", "export const countries");
    const planInitiatives = codesBetween("export const initiatives", "export const observations");
    const departments = [...programmes.flatMap((p) => p.participants.map(({ departmentCode }) => departmentCode)), ...supportCentreTypes.map((type) => type.departmentCode)];
    expect(departments.filter((code) => !planDepartments.has(code))).toEqual([]);
    expect(programmes.flatMap((p) => (p.initiativeCode ? [p.initiativeCode] : [])).filter((code) => !planInitiatives.has(code))).toEqual([]);
  });
});

describe("provenance", () => {
  it("names the report's section on pandemic measures the same way in every reference", () => {
    const references = [...programmes, ...observations].map((record) => record.sourceRef).filter((reference) => /pandemic/i.test(reference));
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((reference) => !/^Section II, pandemic measures, bullet \d+$/.test(reference))).toEqual([]);
  });
});
