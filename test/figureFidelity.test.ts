// The fidelity checker on crafted figures: it passes what the report says and fails
// what it does not, including the four periods main seeded without the report's
// support (21 measures accomplished, civil servants trained, the associations'
// courses and technicians, the CLAIM health calls).
import { describe, expect, it } from "vitest";
import { dateWritings, figureProblems, valueWritings, type FigureToCheck } from "./support/figureFidelity.js";

const SINCE_2020 = { kind: "SINCE", start: "2020", end: null, label: "since 2020" } as const;

function figure(overrides: Partial<FigureToCheck> & Pick<FigureToCheck, "value" | "unit" | "source">): FigureToCheck {
  return { id: "crafted", qualifier: "EXACT", statedPeriod: null, ...overrides };
}

describe("figure fidelity checker", () => {
  it("writes values and dates as the report does", () => {
    expect(valueWritings(1_000_000, "contacts")).toEqual(expect.arrayContaining(["1,000,000", "a million", "one million"]));
    expect(valueWritings(6000, "enrolments")).toEqual(expect.arrayContaining(["6,000", "6 thousand", "six thousand"]));
    expect(valueWritings(4, "projects")).toEqual(expect.arrayContaining(["4", "four"]));
    expect(valueWritings(40, "percent")).toContain("40%");
    expect(dateWritings("2021-12")).toEqual(expect.arrayContaining(["December 2021", "end of 2021"]));
    expect(dateWritings("2020-11")).toContain("November 2020");
  });

  it("passes a figure its quote bears out: value, qualifier word and period", () => {
    const inspections = figure({
      value: 11000,
      unit: "inspections",
      qualifier: "MORE_THAN",
      statedPeriod: { kind: "DURING", start: "2019", end: "2021", label: "between 2019 and 2021" },
      source: { reference: "Section II, Objective 6", quote: "between 2019 and 2021 over 11,000 inspections were carried out in various economic sectors" },
    });
    expect(figureProblems(inspections)).toEqual([]);
    const contacts = figure({
      value: 1_000_000,
      unit: "contacts",
      qualifier: "MORE_THAN",
      statedPeriod: { kind: "UP_TO", start: null, end: "2021-12", label: "by the end of 2021" },
      source: { reference: "Section II, Objective 4", quote: "by the end of 2021, it had received and handled over a million telephone and email contacts" },
    });
    expect(figureProblems(contacts)).toEqual([]);
  });

  describe("fails each of the four periods main seeded that the report does not give", () => {
    it.each([
      ["21 measures accomplished", figure({ value: 21, unit: "measures", statedPeriod: SINCE_2020, source: { reference: "Section II, paragraph 2", quote: "21 measures have been accomplished" } })],
      [
        "civil servants trained",
        figure({ value: 5000, unit: "civil servants", qualifier: "MORE_THAN", statedPeriod: SINCE_2020, source: { reference: "Section II, Objective 7", quote: "The training of over 5 thousand civil servants was also promoted by several entities" } }),
      ],
      [
        "associations' capacity-building courses",
        figure({
          value: 34,
          unit: "courses",
          statedPeriod: SINCE_2020,
          source: { reference: "Section II, Objective 16", quote: "34 training courses on capacity building for associations were promoted for a total of 644 technicians from migrant associations" },
        }),
      ],
      [
        "CLAIM health calls",
        figure({
          value: 5634,
          unit: "calls",
          statedPeriod: { kind: "DURING", start: "2019", end: "2021-12", label: "between 2019 and December 2021 (given alongside the STT calls)" },
          source: { reference: "Section II, Objective 15", quote: "5,634 health calls were made at the CLAIMs" },
        }),
      ],
    ])("%s", (_, unsupported) => {
      const problems = figureProblems(unsupported);
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toMatch(/its period .* which its quote does not state/);
      expect(figureProblems({ ...unsupported, statedPeriod: null })).toEqual([]);
    });
  });

  it("fails a figure that drops the report's qualifier, claims one it does not give, or misstates the value", () => {
    const quote = "it had received and handled over a million telephone and email contacts";
    const bare = figure({ value: 1_000_000, unit: "contacts", source: { reference: "Section II, Objective 4", quote } });
    expect(figureProblems(bare)).toEqual([expect.stringMatching(/the figure is EXACT but its quote gives the value as MORE_THAN \("a million"\)/)]);
    const ARVORE = "Between 2020 and 2021, 453 migrants benefited from the Voluntary Return and Reintegration Support Programme (ARVoRe VII) promoted by the IOM";
    const claimed = figure({ value: 453, unit: "migrants", qualifier: "APPROXIMATELY", source: { reference: "Section II, Objective 21", quote: ARVORE } });
    expect(figureProblems(claimed)).toEqual([expect.stringMatching(/is APPROXIMATELY but its quote gives the value as EXACT \("453"\)/)]);
    const misstated = figure({ value: 454, unit: "migrants", source: { reference: "Section II, Objective 21", quote: ARVORE } });
    expect(figureProblems(misstated)).toEqual([expect.stringMatching(/does not write the value 454 migrants/)]);
  });

  it("fails a quote that is not in the report", () => {
    const invented = figure({ value: 12, unit: "countries", source: { reference: "Section II, Objective 22", quote: "covers 12 countries in Africa" } });
    expect(figureProblems(invented)).toEqual([expect.stringMatching(/not verbatim in the report/)]);
  });
});
