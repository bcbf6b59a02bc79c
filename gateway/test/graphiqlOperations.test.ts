// GraphiQL's own logic, away from the browser: which operation a run executes (the text in
// the editor decides, not a name remembered from an older text), and the code exporter's
// snippets and CSV link.
import { describe, expect, it } from "vitest";
import { chooseOperation } from "../web/graphiql/operationText.js";
import { csvExportLink, curlSnippet, typedDocumentSnippet } from "../web/graphiql/snippets.js";

describe("chooseOperation", () => {
  it("runs the only operation of a freshly edited text, whatever name GraphiQL remembers", () => {
    const choice = chooseOperation("query Renamed { pillars { number } }", "CountryProfile");
    expect(choice).toMatchObject({ ok: true, operationName: "Renamed" });
  });

  it("keeps the requested operation when the text holds it among others", () => {
    const choice = chooseOperation("query A { pillars { number } } query B { objectives { number } }", "B");
    expect(choice).toMatchObject({ ok: true, operationName: "B" });
  });

  it("answers a message, not an exception, for several operations and no match, or a text that does not parse", () => {
    expect(chooseOperation("query A { pillars { number } } query B { objectives { number } }", "C")).toEqual({
      ok: false,
      message: "The editor holds several operations (A, B): put the cursor inside the one to run, or pick it from the run button's menu.",
    });
    const broken = chooseOperation("query Broken { pillars { ", undefined);
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^The query does not parse: Syntax Error/);
    expect(chooseOperation("fragment F on Pillar { number }", undefined)).toEqual({ ok: false, message: "The editor holds no operation to run." });
  });
});

describe("code exporter", () => {
  const request = { endpoint: "http://127.0.0.1:4000/graphql", query: "query CountryProfile($iso: ID!) { country(iso: $iso) { name } }", operationName: "CountryProfile", variables: { iso: "CV" }, headers: { authorization: "Bearer it's" } };

  it("writes curl with every header and a body the shell passes unchanged", () => {
    const snippet = curlSnippet(request);
    expect(snippet).toContain(`-H 'authorization: Bearer it'\\''s'`);
    const body = /--data-raw '(.*)'$/.exec(snippet)![1]!;
    expect(JSON.parse(body)).toEqual({ query: request.query, operationName: "CountryProfile", variables: { iso: "CV" } });
  });

  it("writes a typed document for the client preset named after the operation", () => {
    const snippet = typedDocumentSnippet(request);
    expect(snippet).toContain('import { graphql } from "./gql";');
    expect(snippet).toContain("export const CountryProfileDocument = graphql(`");
    expect(snippet).toContain("VariablesOf<typeof CountryProfileDocument>");
    // The guide's client: the hash alone, then with the text from codegen's manifest, so the
    // same code runs a new operation in development and a published one in production.
    expect(snippet).toContain('import manifest from "./gql/persisted-documents.json" with { type: "json" };');
    expect(snippet).toContain("const answer = await send({ variables, extensions: { persistedQuery } });");
    expect(snippet).toContain('if (answer.errors?.[0]?.extensions?.code !== "PERSISTED_QUERY_NOT_FOUND") return answer;');
    expect(snippet).not.toContain("print(");
  });

  it("links a trusted operation to its CSV export with the variables as parameters, a list repeated", () => {
    const trusted = ["CountryProfile", "ObjectiveDashboard"];
    expect(csvExportLink("CountryProfile", { iso: "CV" }, trusted, "http://127.0.0.1:4000")).toEqual({ ok: true, href: "http://127.0.0.1:4000/export/CountryProfile.csv?iso=CV" });
    expect(csvExportLink("ObjectiveDashboard", { numbers: [4, 5] }, trusted, "http://127.0.0.1:4000")).toEqual({ ok: true, href: "http://127.0.0.1:4000/export/ObjectiveDashboard.csv?numbers=4&numbers=5" });
    expect(csvExportLink("Renamed", {}, trusted, "http://127.0.0.1:4000")).toEqual({ ok: false, message: "CSV download is for the trusted operations: CountryProfile, ObjectiveDashboard." });
    expect(csvExportLink("CountryProfile", { filter: { iso: "CV" } }, trusted, "")).toMatchObject({ ok: false });
  });
});
