// Breaking-change detection: a department removing or retyping a field that
// clients use is caught, with the field and subgraph named; deprecation first passes.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { publishManifest, retireManifest } from "../../gateway/src/operationStore.js";
import { compose, readSubgraphSdls, type SubgraphSdl } from "../composition.js";
import { sha256 } from "../../gateway/src/trustedDocuments.js";
import {
  applyAcceptedChanges,
  blockingChanges,
  brokenOperations,
  classifySchemaChanges,
  formatBrokenOperations,
  formatReport,
  staleAcceptedChanges,
  type ClientManifest,
} from "../schemaChanges.js";

let subgraphs: SubgraphSdl[];
beforeAll(async () => {
  subgraphs = await readSubgraphSdls();
});

const ACHIEVEMENT = '  "The headline achievement since 2020 that the report gives for this pillar."\n  achievement: String!\n';

function composed(edit: (planSdl: string) => string) {
  const outcome = compose(subgraphs.map((subgraph) => (subgraph.name === "plan" ? { ...subgraph, sdl: edit(subgraph.sdl) } : subgraph)));
  if (!outcome.ok) throw new Error(outcome.problems.join("\n"));
  return { api: outcome.apiSchema, supergraph: outcome.supergraphSdl };
}

describe("schema check", () => {
  it("fails a field removal, naming the field, the subgraph and why it breaks clients", () => {
    expect(subgraphs.find((subgraph) => subgraph.name === "plan")!.sdl).toContain(ACHIEVEMENT);
    const changes = classifySchemaChanges(composed((sdl) => sdl), composed((sdl) => sdl.replace(ACHIEVEMENT, "")));
    const blocking = blockingChanges(changes);
    expect(blocking).toHaveLength(1);
    expect(blocking[0]).toMatchObject({ kind: "FIELD_REMOVED", coordinate: "Pillar.achievement", subgraphs: ["plan"] });
    expect(formatReport(changes)).toContain("Pillar.achievement [FIELD_REMOVED] in plan");
    expect(formatReport(changes)).toContain("operations that select this field stop validating");
  });

  it("passes the removal of a field that was deprecated first", () => {
    const deprecated = (sdl: string) => sdl.replace("  achievement: String!\n", '  achievement: String! @deprecated(reason: "Use source.quote")\n');
    const announce = classifySchemaChanges(composed((sdl) => sdl), composed(deprecated));
    expect(blockingChanges(announce)).toEqual([]);
    expect(announce).toContainEqual(expect.objectContaining({ severity: "safe", kind: "FIELD_DEPRECATED", coordinate: "Pillar.achievement" }));

    const removal = classifySchemaChanges(composed(deprecated), composed((sdl) => sdl.replace(ACHIEVEMENT, "")));
    expect(blockingChanges(removal)).toEqual([]);
    expect(removal).toContainEqual(expect.objectContaining({ kind: "FIELD_REMOVED", deprecatedFirst: true }));
  });

  it("fails a retyped field and a new required argument; lists additions as safe", () => {
    const changes = classifySchemaChanges(
      composed((sdl) => sdl),
      composed((sdl) =>
        sdl
          .replace("  startYear: Int\n", "  startYear: String\n")
          .replace("  guidingPrinciples: [GuidingPrinciple!]\n", "  guidingPrinciples(language: String!): [GuidingPrinciple!]\n  \"New.\"\n  reportYear: Int\n"),
      ),
    );
    expect(blockingChanges(changes).map((change) => [change.kind, change.coordinate])).toEqual([
      ["FIELD_CHANGED_KIND", "Initiative.startYear"],
      ["REQUIRED_ARG_ADDED", "Query.guidingPrinciples(language:)"],
    ]);
    expect(changes).toContainEqual(expect.objectContaining({ severity: "safe", kind: "FIELD_ADDED", coordinate: "Query.reportYear", subgraphs: ["plan"] }));
  });

  it("reports nothing when nothing changed", () => {
    expect(classifySchemaChanges(composed((sdl) => sdl), composed((sdl) => sdl))).toEqual([]);
  });

  it("fails a non-null field made nullable unless a recorded decision accepts it, and says which", () => {
    const nonNull = (sdl: string) => sdl.replace("  countries: [Country!]\n", "  countries: [Country!]!\n");
    const changes = classifySchemaChanges(composed(nonNull), composed((sdl) => sdl));
    expect(blockingChanges(changes)).toEqual([expect.objectContaining({ kind: "FIELD_CHANGED_KIND", coordinate: "Query.countries", subgraphs: ["plan"] })]);
    const decision = { decision: "Nullable roots", reason: "outages", notes: "schema/CHANGES.md", kind: "FIELD_CHANGED_KIND", changes: ["Query.countries changed type from [Country!]! to [Country!]."] };
    const accepted = applyAcceptedChanges(changes, [decision]);
    expect(blockingChanges(accepted)).toEqual([]);
    expect(formatReport(accepted)).toContain('Accepted by the decision "Nullable roots" (schema/CHANGES.md)');
    expect(staleAcceptedChanges(accepted, [decision])).toEqual([]);
    // Another change to the same field is not what was decided.
    const retyped = classifySchemaChanges(composed(nonNull), composed((sdl) => sdl.replace("  countries: [Country!]\n", "  countries: [String!]\n")));
    expect(blockingChanges(applyAcceptedChanges(retyped, [decision]))).toEqual([expect.objectContaining({ coordinate: "Query.countries" })]);
    expect(staleAcceptedChanges(retyped, [decision])).toEqual(["Nullable roots: Query.countries changed type from [Country!]! to [Country!]."]);
  });

  it("names, by client, version and operation, the registered operations a removal breaks, deprecated first or not; a recorded decision accepts them", () => {
    const manifest = (client: string, version: string, ...documents: string[]): ClientManifest => ({ client, version, documents: new Map(documents.map((document) => [sha256(document), document])) });
    // Two clients with a fragment of the same name: each manifest is validated on its own.
    const clients = [
      manifest("mobile-app", "1.4.0", "fragment Headline on Pillar { numeral achievement } query PillarHeadlines { pillars { ...Headline } }", "query Pillars { pillars { numeral } }"),
      manifest("web", "2026.12.07", "fragment Headline on Pillar { numeral title } query PillarTitles { pillars { ...Headline } }"),
    ];
    const before = composed((sdl) => sdl);
    expect(brokenOperations(before.api, clients)).toEqual([]);

    const removed = composed((sdl) => sdl.replace(ACHIEVEMENT, ""));
    const broken = brokenOperations(removed.api, clients);
    expect(broken).toEqual([{ client: "mobile-app", version: "1.4.0", operation: "PillarHeadlines", errors: ['Cannot query field "achievement" on type "Pillar".'] }]);
    expect(formatBrokenOperations(broken)).toBe('Registered client operations this change breaks (1):\n  - mobile-app 1.4.0 PillarHeadlines: Cannot query field "achievement" on type "Pillar".');

    // Deprecating first spares the schema check, not the client still selecting the field.
    const deprecated = composed((sdl) => sdl.replace("  achievement: String!\n", '  achievement: String! @deprecated(reason: "Use source.quote")\n'));
    expect(blockingChanges(classifySchemaChanges(deprecated, removed))).toEqual([]);
    expect(brokenOperations(removed.api, clients).filter((operation) => !operation.acceptedBy)).toHaveLength(1);

    const decision = { decision: "Pillar.achievement removed", reason: "the report has no such figure", notes: "schema/CHANGES.md", kind: "FIELD_REMOVED", changes: [], operations: ["mobile-app 1.4.0 PillarHeadlines"] };
    const accepted = brokenOperations(removed.api, clients, [decision]);
    expect(accepted).toEqual([expect.objectContaining({ operation: "PillarHeadlines", acceptedBy: decision })]);
    expect(formatBrokenOperations(accepted)).toContain('Accepted by the decision "Pillar.achievement removed" (schema/CHANGES.md).');
    expect(staleAcceptedChanges([], [decision], accepted)).toEqual([]);
    expect(staleAcceptedChanges([], [decision], [])).toEqual(["Pillar.achievement removed: mobile-app 1.4.0 PillarHeadlines"]);
  });

  it("npm run schema:check fails on a published operation the composed schema no longer has, naming it, and passes once it is retired", () => {
    const operationsDir = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-schema-check-"));
    try {
      // Published when Pillar had a colour (written to the store directly: publishing checks it against today's schema).
      const text = "query PillarColours { pillars { numeral colour } }";
      publishManifest(operationsDir, "mobile-app", "1.4.0", { documents: new Map([[sha256(text), text]]), operations: [{ name: "PillarColours", type: "query" as never, hash: sha256(text) }] });
      const check = () => spawnSync(process.execPath, ["--import", "tsx", "scripts/schema-check.ts"], { cwd: path.join(import.meta.dirname, "..", ".."), env: { ...process.env, OPERATIONS_DIR: operationsDir }, encoding: "utf8" });
      const failed = check();
      expect(failed.status, failed.stderr).toBe(1);
      expect(failed.stdout).toContain('Registered client operations this change breaks (1):\n  - mobile-app 1.4.0 PillarColours: Cannot query field "colour" on type "Pillar".');
      expect(failed.stderr).toContain("schema:check failed: 1 registered client operation(s) would break.");
      retireManifest(operationsDir, "mobile-app", "1.4.0");
      const passed = check();
      expect(passed.stdout).toContain("No registered client operation breaks.");
      expect(passed.stderr).not.toContain("registered client operation(s) would break");
    } finally {
      fs.rmSync(operationsDir, { recursive: true, force: true });
    }
  });
});
