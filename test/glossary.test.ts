// The glossary the dashboard and GraphiQL show: every passage is the report's, verbatim;
// every expansion is the report's own (in the passage, beside its acronym) unless the entry
// says it comes from outside; the acronyms the pages use are all in it.
import fs from "node:fs";
import { normaliseReportText, quotesMissingFromReport } from "@gcm-hub/kit/testing";
import { describe, expect, it } from "vitest";
import { GLOSSARY, searchGlossary } from "../gateway/web/shared/glossary.js";

describe("glossary", () => {
  it("quotes the report verbatim, with the acronym in each passage; an entry without a passage says why", () => {
    const quoted = GLOSSARY.filter((entry) => entry.quote !== undefined);
    expect(quotesMissingFromReport(quoted.map((entry) => ({ code: entry.acronym, quote: entry.quote! })))).toEqual([]);
    for (const entry of quoted) expect(entry.quote, entry.acronym).toContain(entry.acronym.split(" ")[0]);
    expect(GLOSSARY.filter((entry) => entry.quote === undefined).map((entry) => [entry.acronym, Boolean(entry.outside)])).toEqual([["MNE", true]]);
  });

  it("expands each acronym in the report's words, or says where the expansion comes from", () => {
    const ours = GLOSSARY.filter((entry) => !entry.outside);
    for (const entry of ours) {
      const words = normaliseReportText(entry.expansion.replace(/ \((courses|project)\)$/, "")).toLowerCase();
      // CNAIM and CLAIM share one passage ("national and local centres ..."): each keeps its half.
      const passage = entry.quote!.toLowerCase().replace("national and local centres", entry.acronym === "CNAIM" ? "national centres" : "local centres");
      expect(passage, entry.acronym).toContain(words);
    }
    expect(GLOSSARY.filter((entry) => entry.outside).map((entry) => entry.acronym)).toEqual(["MNE", "NHS", "SDGs"]);
  });

  it("has every public body the dashboard's departments name, and finds by meaning", () => {
    const departments = fs.readFileSync("gateway/web/dashboard/departments.ts", "utf8");
    const named = [...departments.matchAll(/\(([A-Z]{2,}(?:, [A-Z]{2,})*)(?: and partners)?\)/g)].flatMap((match) => match[1]!.split(", "));
    expect(named.length).toBeGreaterThan(0);
    for (const acronym of named) expect(GLOSSARY.map((entry) => entry.acronym), acronym).toContain(acronym);
    expect(searchGlossary("border").map((entry) => entry.acronym)).toEqual(["SEF"]);
    expect(searchGlossary("sef").map((entry) => entry.acronym)).toEqual(["SEF"]);
    expect(new Set(GLOSSARY.map((entry) => entry.acronym)).size).toBe(GLOSSARY.length);
  });
});
