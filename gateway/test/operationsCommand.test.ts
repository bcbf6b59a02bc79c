// Client manifests: `npm run operations:publish|list|retire`, run in process on a
// throwaway operations folder. A manifest is published only if every document fits the
// API schema and the gateway's limits; a refusal names the operation and the problem and
// stores nothing; names are per client.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { readIndex } from "../src/operationStore.js";
import { runOperationsCommand } from "../src/operationsCommand.js";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-operations-"));
const dir = path.join(root, "operations");
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
beforeEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const hash = (text: string) => crypto.createHash("sha256").update(text).digest("hex");
/** A manifest as the client preset writes it: { "<sha256>": "<document>" }. */
const manifest = (...documents: string[]) => Object.fromEntries(documents.map((document) => [hash(document), document]));
let files = 0;
function file(content: unknown): string {
  const target = path.join(root, `manifest-${++files}.json`);
  fs.writeFileSync(target, typeof content === "string" ? content : JSON.stringify(content));
  return target;
}

function run(argv: string[], env: Record<string, string> = {}) {
  const lines: string[] = [];
  const code = runOperationsCommand(argv, { OPERATIONS_DIR: dir, ...env }, { log: (line) => lines.push(line), error: (line) => lines.push(line) });
  return { code, output: lines.join("\n") };
}
const publish = (client: string, version: string, content: unknown, env?: Record<string, string>) => run(["publish", "--client", client, "--version", version, file(content)], env);

const MOBILE_FIGURES = "fragment Figure on Observation { label value unit } query ObjectiveFigures { objectives(numbers: [6]) { number planFigures { ...Figure } } }";
const PILLARS = "query Pillars { pillars { numeral title } }";
const WEB_FIGURES = "fragment Figure on Observation { id value } query LabourFigures { objectives { labourFigures { ...Figure } } }";

describe("operations:publish", () => {
  it("publishes a valid manifest, lists it and retires it", () => {
    const published = publish("mobile", "1.0.0", manifest(MOBILE_FIGURES, PILLARS));
    expect(published).toMatchObject({ code: 0 });
    expect(published.output).toContain("Published mobile 1.0.0: 2 operation(s) (ObjectiveFigures, Pillars)");
    expect(fs.readFileSync(path.join(dir, "mobile", "1.0.0.json"), "utf8")).toContain(hash(PILLARS));
    expect(readIndex(dir)).toEqual([expect.objectContaining({ client: "mobile", version: "1.0.0", operations: [expect.objectContaining({ name: "ObjectiveFigures", type: "query" }), expect.objectContaining({ name: "Pillars" })] })]);

    const listed = run(["list"]);
    expect(listed.output).toMatch(/^hub\s+\(repository\)\s+schema\/generated\/persisted-documents\.json/m);
    expect(listed.output).toMatch(/^mobile\s+1\.0\.0\s+.*2 operation\(s\): ObjectiveFigures, Pillars$/m);

    expect(run(["retire", "--client", "mobile", "--version", "1.0.0"])).toMatchObject({ code: 0, output: expect.stringContaining("Retired mobile 1.0.0") });
    expect(readIndex(dir)).toEqual([]);
    expect(fs.existsSync(path.join(dir, "mobile", "1.0.0.json"))).toBe(false);
    expect(run(["retire", "--client", "mobile", "--version", "1.0.0"])).toMatchObject({ code: 1, output: "Cannot retire: mobile 1.0.0 is not published." });
  });

  it("accepts the manifest graphql-codegen's client preset writes (the hub's own, with fragments and mutations)", () => {
    const written = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "schema", "generated", "persisted-documents.json"), "utf8");
    const published = publish("hub-copy", "1", written);
    expect(published.output).toMatch(/^Published hub-copy 1: \d+ operation\(s\)/);
    expect(readIndex(dir)[0]!.operations.map((operation) => operation.name)).toEqual(expect.arrayContaining(["CountryProfile", "DashboardObjectives", "RecordLabourFigure"]));
  });

  it("keeps names per client: two clients may both have a fragment Figure (and the same operation name)", () => {
    expect(publish("mobile", "1.0.0", manifest(MOBILE_FIGURES)).code).toBe(0);
    expect(publish("web", "2026.12.07", manifest(WEB_FIGURES, PILLARS)).code).toBe(0);
    expect(readIndex(dir).map((entry) => entry.client)).toEqual(["mobile", "web"]);
  });

  it("never changes a published version: the same documents again change nothing, others are refused", () => {
    expect(publish("mobile", "1.0.0", manifest(PILLARS)).code).toBe(0);
    expect(publish("mobile", "1.0.0", manifest(PILLARS))).toMatchObject({ code: 0, output: expect.stringContaining("already published with these 1 operation(s); nothing changed") });
    expect(publish("mobile", "1.0.0", manifest(MOBILE_FIGURES))).toMatchObject({ code: 1, output: expect.stringContaining("mobile 1.0.0 is already published with other documents; a version never changes") });
    expect(readIndex(dir)).toHaveLength(1);
  });

  const refusals: [string, unknown, string, Record<string, string>?][] = [
    ["an unknown field", manifest(PILLARS, "query Broken { pillars { numeral colour } }"), 'operation Broken: Cannot query field "colour" on type "Pillar".'],
    ["an operation deeper than LIMIT_DEPTH", manifest(MOBILE_FIGURES), "operation ObjectiveFigures: Syntax Error: Query depth limit of 2 exceeded, found 3.", { LIMIT_DEPTH: "2" }],
    ["an operation costlier than LIMIT_COST", manifest(MOBILE_FIGURES), "operation ObjectiveFigures: Syntax Error: Query Cost limit of 1 exceeded, found 110.", { LIMIT_COST: "1" }],
    ["more tokens than LIMIT_TOKENS", manifest(MOBILE_FIGURES), "operation ObjectiveFigures: Syntax Error: Token limit of 10 exceeded.", { LIMIT_TOKENS: "10" }],
    ["a syntax error", manifest("query Unfinished { pillars { numeral }"), "operation Unfinished: Syntax Error: Expected Name, found <EOF>."],
    ["more aliases than LIMIT_ALIASES", manifest("query Aliased { a: pillars { numeral } b: pillars { numeral } }"), "operation Aliased: Syntax Error: Aliases limit of 1 exceeded, found 2.", { LIMIT_ALIASES: "1" }],
    ["two operations of one name", manifest(PILLARS, "query Pillars { pillars { title } }"), "operation Pillars: two documents in this manifest are named Pillars"],
    ["one fragment name for two fragments", manifest(MOBILE_FIGURES, WEB_FIGURES), "operation LabourFigures: fragment Figure differs from the fragment of that name"],
    ["malformed JSON", '{ "abc": ', "malformed JSON: "],
    ["a hash that does not match its text", { [hash(PILLARS)]: "query Pillars { pillars { numeral } }" }, "operation Pillars: the hash "],
    ["a key that is not a hash", { "Pillars": PILLARS }, 'key "Pillars" is not a sha256 hash'],
    ["an anonymous operation", manifest("{ pillars { numeral } }"), "the operation has no name"],
  ];
  for (const [what, content, message, env] of refusals) {
    it(`refuses ${what}, naming the problem, and stores nothing`, () => {
      const refused = publish("mobile", "1.0.0", content, env);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/^Refused .* for mobile 1\.0\.0: \d+ problem\(s\)/);
      expect(refused.output).toContain(message);
      expect(refused.output).toMatch(/Nothing was stored\.$/);
      expect(fs.existsSync(dir)).toBe(false);
    });
  }

  it("refuses the hub's own client name, bad names and missing arguments", () => {
    expect(publish("hub", "1", manifest(PILLARS))).toMatchObject({ code: 2, output: expect.stringContaining(`Cannot publish: the "hub" client's operations are the repository's own`) });
    expect(publish("../etc", "1", manifest(PILLARS))).toMatchObject({ code: 2, output: expect.stringContaining('the client name "../etc" must be') });
    expect(publish("mobile", "../1", manifest(PILLARS))).toMatchObject({ code: 2, output: expect.stringContaining('the version "../1" must be') });
    expect(run(["publish", "--client", "mobile"])).toMatchObject({ code: 2, output: expect.stringContaining("publish needs --client, --version and one manifest file.") });
    expect(fs.existsSync(dir)).toBe(false);
  });
});
