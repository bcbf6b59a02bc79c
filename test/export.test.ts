// GET /export/<Operation>.csv and .json: a trusted operation's main list as rows, read
// back and checked against the same operation's GraphQL result; the same rules as the
// graph for variables, callers and limits, with clear 4xx answers for bad requests.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/testHub.js";

let hub: TestHub;
let base: string;
beforeAll(async () => {
  hub = await startTestHub({ gatewayEnv: { EXPORT_MAX_ROWS: "20" } });
  base = hub.hub.gatewayUrl.replace(/\/graphql$/, "");
});
afterAll(() => hub?.close());

const operation = (name: string) => fs.readFileSync(new URL(`../schema/operations/${name}.graphql`, import.meta.url), "utf8");

/** RFC 4180 as a spreadsheet reads it (records end in CRLF; quoted fields may hold commas, quotes and line breaks). */
const parseCsv = (text: string): string[][] => parse(text, { record_delimiter: "\r\n" });

async function download(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  // ignoreBOM: keep the byte order mark in the text, as a spreadsheet program sees it.
  return { response, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

/** The CSV's rows as objects keyed by its header. */
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  return rows.map((row) => Object.fromEntries(header!.map((column, index) => [column, row[index]!])));
}

describe("export", () => {
  it("gives a golden list as CSV with a byte order mark, one dotted column per leaf, and the same values as GraphQL", async () => {
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
    expect(text.startsWith("\uFEFF")).toBe(true);
    // Columns in the trusted document's order (its fields sorted when it was registered).
    expect(parseCsv(text.slice(1))[0]).toEqual([
      "code",
      "countries.country.iso",
      "countries.country.name",
      "countries.role",
      "name",
      "participants.department.code",
      "participants.department.name",
      "participants.role",
      "source.quote",
      "source.reference",
      "startYear",
      "status",
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
    // The qualifier and the stated period are columns of their own; a figure with no period leaves them empty.
    expect(parseCsv(text.slice(1))[0]).toEqual(expect.arrayContaining(["qualifier", "statedPeriod.kind", "statedPeriod.start", "statedPeriod.end", "statedPeriod.label"]));
    expect(rows.find((row) => row["source.reference"] === "Section III, paragraph 2")).toMatchObject({ value: "2", unit: "years", qualifier: "MORE_THAN", "statedPeriod.kind": "" });
    expect(rows.find((row) => row.value === "70")).toMatchObject({ qualifier: "EXACT", "statedPeriod.kind": "SINCE", "statedPeriod.start": "2020", "statedPeriod.end": "" });
    const json = await download("/export/PlanOverview.json?list=planFigures");
    expect(json.response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(JSON.parse(json.text)).toEqual(rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === "" ? null : value]))));
  });

  it("keeps the report's characters intact (UTF-8): the CSV reads back to the same names as GraphQL", async () => {
    const { text } = await download("/export/InitiativesByObjective.csv?objective=15");
    const graph = await hub.query<{ initiatives: { edges: { node: { name: string } }[] } }>(operation("InitiativesByObjective"), { objective: 15 });
    const names = graph.body.data!.initiatives.edges.map(({ node }) => node.name);
    expect(names).toContain("ACM\u2013IHRU housing protocol");
    expect(records(text).map((row) => row.name)).toEqual(names);
  });

  it("answers a bad request with a 4xx that says what was wrong", async () => {
    const cases: [string, number, RegExp][] = [
      ["/export/%E0%A4%A.csv", 400, /not valid percent-encoding/],
      ["/export/NoSuchOperation.csv", 404, /No trusted operation named "NoSuchOperation"; exports run the trusted queries: .*CountryProfile/],
      ["/export/InitiativesByObjective.csv?objective=five", 400, /Variable "objective" must be a whole number, got "five"/],
      ["/export/InitiativesByObjective.csv?colour=red", 400, /Unknown parameter "colour"; this operation's variables are: after, first, objective/],
      ["/export/CountryProfile.csv?iso=CV&list=country.name", 400, /"country.name" is not a list/],
      ["/export/PlanOverview.csv?list=objectives", 413, /objectives has 23 rows, over the export limit of 20; narrow it/],
      ["/export/InitiativesByObjective.csv?objective=24", 400, /objective/],
    ];
    for (const [path, status, message] of cases) {
      const { response, text } = await download(path);
      expect(response.status, path).toBe(status);
      expect(JSON.parse(text).errors[0].message, path).toMatch(message);
    }
    const post = await fetch(`${base}/export/PlanOverview.csv`, { method: "POST" });
    expect(post.status).toBe(405);
  });

  it("checks the caller's token as the graph does", async () => {
    const { response, text } = await download("/export/PlanOverview.csv", { authorization: "Bearer not-a-token" });
    expect(response.status).toBe(401);
    expect(JSON.parse(text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});
