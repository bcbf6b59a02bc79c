// The plan catalogue's seed is the report: every quote must be found in it verbatim.
import { describe, expect, it } from "vitest";
import { quotesMissingFromReport } from "@gcm-hub/kit/testing";
import { countries, departments, guidingPrinciples, initiatives, objectives, observations, pillars } from "../prisma/seed/report.js";

describe("plan seed provenance", () => {
  it("quotes the report verbatim for every pillar, initiative, figure and objective account", () => {
    const quoted = [
      ...pillars.map((pillar) => ({ code: `pillar ${pillar.number}`, quote: pillar.sourceQuote })),
      ...initiatives.map((initiative) => ({ code: initiative.code, quote: initiative.sourceQuote })),
      ...observations.map((observation) => ({ code: observation.code, quote: observation.sourceQuote })),
      ...objectives.flatMap((objective) =>
        objective.progress.split("\n\n").map((paragraph) => ({ code: `objective ${objective.number}`, quote: paragraph })),
      ),
    ];
    expect(quotesMissingFromReport(quoted)).toEqual([]);
  });

  it("gives every figure's number in its quote", () => {
    const spelled = (value: number) => [value.toLocaleString("en-GB"), String(value), ...spokenForms(value)];
    const withoutNumber = observations.filter((observation) => !spelled(observation.value).some((form) => observation.sourceQuote.includes(form)));
    expect(withoutNumber.map((observation) => observation.code)).toEqual([]);
  });

  it("has the plan's structure: 5 pillars, 23 objectives, 10 principles, unique codes, known references", () => {
    expect(pillars.map((pillar) => pillar.number)).toEqual([1, 2, 3, 4, 5]);
    expect(objectives.map((objective) => objective.number)).toEqual(Array.from({ length: 23 }, (_, index) => index + 1));
    expect(guidingPrinciples).toHaveLength(10);
    const codes = initiatives.map((initiative) => initiative.code);
    expect(new Set(codes).size).toBe(codes.length);
    const departmentCodes = new Set(departments.map((department) => department.code));
    const isoCodes = new Set(countries.map((country) => country.iso));
    for (const initiative of initiatives) {
      expect(initiative.participants.every(({ departmentCode }) => departmentCodes.has(departmentCode)), initiative.code).toBe(true);
      expect(initiative.countries.every(({ countryIso }) => isoCodes.has(countryIso)), initiative.code).toBe(true);
      expect(initiative.objectives.every((number) => number >= 1 && number <= 23), initiative.code).toBe(true);
    }
    expect(countries.every((country) => /^[A-Z]{2}$/.test(country.iso))).toBe(true);
  });
});

/** The report writes some figures in words ("seven objectives", "three bilateral events"). */
function spokenForms(value: number): string[] {
  const words: Record<number, string> = { 2: "two", 3: "three", 7: "seven" };
  return words[value] ? [words[value]] : [];
}
