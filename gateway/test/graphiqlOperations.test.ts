// GraphiQL's own logic, away from the browser: which operation a run executes (the text in
// the editor decides, not a name remembered from an older text), and the code exporter's
// snippets and CSV link.
import crypto from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { chooseOperation } from "../web/graphiql/operationText.js";
import { sha256Hex } from "../web/graphiql/sha256.js";
import { csvExportLink, curlSnippet, fetchSnippet, literal, persistedDocument, typedDocumentName, typedDocumentSnippet } from "../web/graphiql/snippets.js";

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

describe("sha256Hex", () => {
  it("agrees with node:crypto on empty, block-boundary, long and non-ASCII texts", () => {
    for (const text of ["", "abc", "a".repeat(55), "a".repeat(56), "a".repeat(64), "x".repeat(1000), "query Países { país(iso: \"CV\") { nome } } ✓"]) {
      expect(sha256Hex(text)).toBe(crypto.createHash("sha256").update(text).digest("hex"));
    }
  });
});

describe("code exporter", () => {
  const manifest = JSON.parse(fs.readFileSync(new URL("../../schema/generated/persisted-documents.json", import.meta.url), "utf8")) as Record<string, string>;
  const trustedHashes = new Set(Object.keys(manifest).map((key) => key.replace("sha256:", "")));
  const golden = fs.readFileSync(new URL("../../schema/operations/CountryProfile.graphql", import.meta.url), "utf8");
  const registered = { endpoint: "http://127.0.0.1:4000/graphql", query: golden, operationName: "CountryProfile", variables: { iso: "CV" }, headers: { authorization: "Bearer it's" }, trustedHashes };
  const edited = { ...registered, query: "query CountryName($iso: ID!) { country(iso: $iso) { name } }", operationName: "CountryName" };
  const curlBody = (snippet: string) => JSON.parse(/--data-raw '(.*)'$/.exec(snippet)![1]!.replaceAll(`'\\''`, "'"));

  it("knows a golden tab as registered: its text, printed as codegen prints it, hashes to the hub's manifest entry", () => {
    const { document, hash, registered: known } = persistedDocument(registered);
    expect(known).toBe(true);
    expect(manifest[`sha256:${hash}`]).toBe(document);
    expect(persistedDocument(edited).registered).toBe(false);
    expect(() => persistedDocument({ query: "query Broken { pillars { ", trustedHashes })).toThrow(/Syntax Error/);
  });

  it("writes curl for a registered operation by hash alone, with JSON, the CSRF header and every header of the editor", () => {
    const snippet = curlSnippet(registered);
    expect(snippet.startsWith("curl -s 'http://127.0.0.1:4000/graphql'")).toBe(true);
    expect(snippet).toContain(`-H 'content-type: application/json'`);
    expect(snippet).toContain(`-H 'x-graphql-csrf: 1'`);
    expect(snippet).toContain(`-H 'authorization: Bearer it'\\''s'`);
    expect(curlBody(snippet)).toEqual({ operationName: "CountryProfile", variables: { iso: "CV" }, extensions: { persistedQuery: { version: 1, sha256Hash: persistedDocument(registered).hash } } });
    expect(snippet).not.toContain("operations:publish");
  });

  it("writes curl for an unregistered operation with its hash and text, and how to publish it", () => {
    const snippet = curlSnippet(edited);
    const body = curlBody(snippet);
    expect(crypto.createHash("sha256").update(body.query).digest("hex")).toBe(body.extensions.persistedQuery.sha256Hash);
    expect(body.query).toBe("query CountryName($iso: ID!) { country(iso: $iso) { name } }");
    expect(snippet).toMatch(/^# Not one of the hub's trusted operations/);
    expect(snippet).toContain("# npm run operations:publish -- --client <name> --version <v> <persisted-documents.json>".replace("# ", "#   "));
    expect(snippet).toContain("docs/front-end.md#publishing-a-clients-operations");
  });

  it("writes fetch the same way: hash alone when registered, hash and text with the publish note otherwise", () => {
    const known = fetchSnippet(registered);
    expect(known).toContain('"x-graphql-csrf":"1"');
    expect(known).toContain(`"sha256Hash": "${persistedDocument(registered).hash}"`);
    expect(known).not.toContain('"query"');
    const unknown = fetchSnippet(edited);
    expect(unknown).toMatch(/^\/\/ Not one of the hub's trusted operations/);
    expect(unknown).toContain('"query": "query CountryName($iso: ID!) { country(iso: $iso) { name } }"');
    expect(unknown).toContain("operations:publish");
  });

  it("writes the guide's typed client named after the operation, with its variables as a literal", () => {
    const snippet = typedDocumentSnippet(registered);
    expect(snippet).toContain('import { CountryProfileDocument } from "./gql/graphql.js";');
    expect(snippet).toContain('import manifest from "./gql/persisted-documents.json" with { type: "json" };');
    expect(snippet).toContain('const HUB = "http://127.0.0.1:4000/graphql";');
    expect(snippet).toContain('await run(CountryProfileDocument, { iso: "CV" });');
    expect(snippet).toContain('if (answer.errors?.[0]?.extensions?.code !== "PERSISTED_QUERY_NOT_FOUND") return answer;');
    expect(snippet).not.toContain("print(");
    expect(typedDocumentSnippet({ ...registered, operationName: undefined })).toMatch(/^\/\/ Name the operation/);
    // As codegen 7.4.3's client preset named them (checked by generating these operations).
    expect(["countryThing", "my_op", "GDPByYear", "version2Figures", "Plan_overviewX", "CountryProfile"].map(typedDocumentName)).toEqual(["CountryThing", "My_Op", "GdpByYear", "Version2Figures", "Plan_OverviewX", "CountryProfile"]);
    expect(typedDocumentSnippet({ ...registered, operationName: "countryThing" })).toContain('import { CountryThingDocument } from "./gql/graphql.js";');
    expect(literal({ numbers: [4, 5], "odd-key": null, nested: { a: true } })).toBe('{ numbers: [4, 5], "odd-key": null, nested: { a: true } }');
  });

  it("links a trusted operation to its CSV export with the variables as parameters, a list repeated", () => {
    const trusted = ["CountryProfile", "ObjectiveDashboard"];
    expect(csvExportLink("CountryProfile", { iso: "CV" }, trusted, "http://127.0.0.1:4000")).toEqual({ ok: true, href: "http://127.0.0.1:4000/export/CountryProfile.csv?iso=CV" });
    expect(csvExportLink("ObjectiveDashboard", { numbers: [4, 5] }, trusted, "http://127.0.0.1:4000")).toEqual({ ok: true, href: "http://127.0.0.1:4000/export/ObjectiveDashboard.csv?numbers=4&numbers=5" });
    expect(csvExportLink("Renamed", {}, trusted, "http://127.0.0.1:4000")).toEqual({ ok: false, message: "CSV download is for the trusted operations: CountryProfile, ObjectiveDashboard." });
    expect(csvExportLink("CountryProfile", { filter: { iso: "CV" } }, trusted, "")).toMatchObject({ ok: false });
  });
});
