// useExport alone: GET /export/<Operation>.csv|json runs a trusted operation through the
// gateway by its hash, with variables from the query string, and gives its main list as
// rows (RFC 4180 CSV with a byte order mark, or JSON), one dotted column per selected
// leaf; a bad request gets a 4xx that says what was wrong.
import { parse as parseCsv } from "csv-parse/sync";
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
];
const trusted = new Map(documents.map((document) => [sha256(document), document]));
const SECRET = "a-development-secret-of-at-least-32-characters";

const gateway: PluginHarness = createPluginHarness({
  subgraphs: [CATALOGUE],
  plugins: () => [
    useExport({ trusted, run: (request) => Promise.resolve(gateway.runtime.fetch(request)), graphqlEndpoint: "/graphql", maxRows: 3 }),
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

  it("gives the same rows as JSON, a missing leaf as null", async () => {
    const { response, text } = await download("/export/Agreements.json?first=2");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(JSON.parse(text)).toEqual([
      { code: "LMA_INDIA", title: "Labour mobility agreement", "countries.iso": "IN", "countries.name": "India", signedYear: "2021", note: null },
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
      ["/export/NoSuchOperation.csv", 404, /^No trusted operation named "NoSuchOperation"; exports run the trusted queries: Agreements, CountryProfile, Overview$/],
      ["/export/Agreements.csv?first=five", 400, /^Variable "first" must be a whole number, got "five"$/],
      ["/export/Agreements.csv?minimum=lots", 400, /^Variable "minimum" must be a number, got "lots"$/],
      ["/export/Agreements.csv?signed=yes", 400, /^Variable "signed" must be true or false, got "yes"$/],
      ["/export/Agreements.csv?colour=red", 400, /^Unknown parameter "colour"; this operation's variables are: first, kinds, minimum, signed \(and "list" picks the list\)$/],
      ["/export/CountryProfile.csv?iso=CV", 400, /^The operation's result has no list of records to export$/],
      ["/export/CountryProfile.csv?iso=CV&list=country.name", 400, /"country.name" is not a list/],
      // Without ?list, the first list in the result: countries.
      ["/export/Overview.csv", 413, /^countries has 4 rows, over the export limit of 3; narrow it with the operation's variables$/],
      ["/export/Agreements.csv?kinds=NOPE", 400, /kinds/],
      ["/export/CountryProfile.csv", 400, /iso/],
    ];
    for (const [path, status, message] of cases) {
      const { response, text } = await download(path);
      expect(response.status, path).toBe(status);
      expect(JSON.parse(text).errors[0].message, path).toMatch(message);
    }
    expect((await download("/export/Agreements.csv", { method: "POST" })).response.status).toBe(405);
  });
});
