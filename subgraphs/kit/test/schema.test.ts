// The shared contract is merged into a department's SDL: the shared types it refers
// to, and the ones those refer to, never a copy the department declares itself.
import fs from "node:fs";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { mergeSharedSdl, SHARED_SCHEMA_FILE } from "../src/schema.js";

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])\n';
const typeNames = (sdl: string) => parse(sdl).definitions.flatMap((definition) => ("name" in definition && definition.name ? [definition.name.value] : []));

describe("the kit's shared contract", () => {
  it("adds the shared types a department refers to, and those they refer to, in the shared file's words", () => {
    const own = `${LINK}"The root."\ntype Query {\n  "Audit."\n  trail: AuditEntryConnection\n}\n`;
    const merged = mergeSharedSdl(own);
    expect(merged.startsWith(own.trimEnd())).toBe(true);
    expect(typeNames(merged)).toEqual(["Query", "PageInfo", "AuditEntry", "AuditEntryConnection", "AuditEntryEdge"]);
    const auditEntry = /"One write in a department's audit trail."\ntype AuditEntry[^}]*\}/.exec(fs.readFileSync(SHARED_SCHEMA_FILE, "utf8"))![0];
    expect(merged).toContain(auditEntry);
  });

  it("adds the whole figure contract to a department that takes figures", () => {
    const own = `${LINK}"The root."\ntype Query {\n  "Figures."\n  figures(filter: FigureFilter): ObservationConnection\n  "Revisions."\n  revisions: [FigureRevision!]\n}\n"The objective."\ntype Objective @key(fields: "number") {\n  "Its number."\n  number: Int!\n}\n`;
    expect(typeNames(mergeSharedSdl(own)).sort()).toEqual(
      ["Query", "Objective", "PageInfo", "Observation", "FigureStatus", "Period", "FigureQualifier", "PeriodKind", "FigurePeriod", "Source", "ObservationConnection", "ObservationEdge", "FigureFilter", "FigureRevision", "FigureRevisionStatus"].sort(),
    );
  });

  it("leaves SDL that uses none of them as it is", () => {
    const own = `${LINK}"The root."\ntype Query {\n  "A number."\n  answer: Int\n}\n`;
    expect(mergeSharedSdl(own)).toBe(own);
  });

  it("refuses a department that declares a shared type itself, or does not import @shareable", () => {
    expect(() => mergeSharedSdl(`${LINK}"A source."\ntype Source @shareable {\n  "Its document."\n  document: String!\n}\n`)).toThrow(/declares Source, which the kit's shared contract/);
    const withoutShareable = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\n"The root."\ntype Query {\n  "A source."\n  source: Source\n}\n`;
    expect(() => mergeSharedSdl(withoutShareable)).toThrow(/must import "@shareable"/);
  });
});
