// Every figure each department seeds, read through its subgraph on a throwaway
// database (PGlite, or PostgreSQL with DATABASE_URL), held to the report's words; and
// the fidelity checker on crafted figures: it passes what the report says and fails
// what it does not, including the periods once seeded without the report's support
// (launch and signing dates, dates of another clause) and a planted qualifier.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normaliseReportText, readReport, startTestSubgraph, type TestSubgraph } from "@gcm-hub/kit/testing";
import { border } from "../subgraphs/border/src/server.js";
import { diaspora } from "../subgraphs/diaspora/src/server.js";
import { integration } from "../subgraphs/integration/src/server.js";
import { labour } from "../subgraphs/labour/src/server.js";
import { plan } from "../subgraphs/plan/src/server.js";
import { social } from "../subgraphs/social/src/server.js";
import * as borderSeed from "../subgraphs/border/prisma/seed/report.js";
import * as diasporaSeed from "../subgraphs/diaspora/prisma/seed/report.js";
import * as integrationSeed from "../subgraphs/integration/prisma/seed/report.js";
import * as labourSeed from "../subgraphs/labour/prisma/seed/report.js";
import { initiatives } from "../subgraphs/plan/prisma/seed/report.js";
import * as socialSeed from "../subgraphs/social/prisma/seed/report.js";
import { dateWritings, figureProblems, valueWritings, type FigureToCheck } from "./support/figureFidelity.js";
import { initiativeRecords, statusDisagreements } from "./support/initiativeStatuses.js";

const FIGURE = "id label value unit qualifier statedPeriod { kind start end label quote } period { start end label } source { reference quote }";

/** A figure as read here: with the deprecated period too. */
type ReadFigure = FigureToCheck & { period: { start: string; end: string | null; label: string } | null };

/** Each department's subgraph and the root field that lists its figures (a page, or plan's plain list). */
const DEPARTMENTS = [
  { definition: plan, field: "planFigures", paged: false },
  { definition: border, field: "borderFigures", paged: true },
  { definition: integration, field: "integrationFigures", paged: true },
  { definition: diaspora, field: "diasporaFigures", paged: true },
  { definition: labour, field: "labourFigures", paged: true },
  { definition: social, field: "socialProtectionFigures", paged: true },
] as const;

/** The eight figures the audit found with a period the report does not state, and GAE's coverage growth it stated as another. */
const PERIODS_THE_REPORT_DOES_NOT_STATE = [
  "border.mysef_residence_permits_renewed",
  "border.airport_legal_aid_citizens_supported",
  "diaspora.diaspora_investor_statuses_attributed",
  "diaspora.consular_model_countries_served",
  "integration.intercultural_competences_elearning_enrolments",
  "integration.pla_training_initiatives",
  "integration.pla_participants",
  "social.covid19_foreign_citizens_vaccinated",
];

describe("owners the report names", () => {
  /** Ministries, secretaries of state and ministry acronyms the graph's descriptions credit. */
  const OWNER_NAMES = /\b(?:Ministry of (?:[A-Z]\w+ ?)+|Secretary of State(?: for (?:[A-Z]\w+ ?)+)?|[A-Z]\w+ ministry|MNE|MAI|MTSSS)/g;
  const ownersNotInReport = (text: string) => {
    const report = normaliseReportText(readReport());
    return [...new Set([...text.matchAll(OWNER_NAMES)].map((match) => match[0].trim()))].filter((name) => !report.includes(name));
  };

  it("credits in the graph's descriptions and the departments' READMEs only ministries and secretaries of state the report names", () => {
    const files = [
      "../schema/api.graphql",
      ...DEPARTMENTS.flatMap(({ definition }) => [`../subgraphs/${definition.name}/schema.graphql`, `../subgraphs/${definition.name}/README.md`]),
    ];
    const problems = files.flatMap((file) => ownersNotInReport(fs.readFileSync(new URL(file, import.meta.url), "utf8")).map((name) => `${file}: ${name}`));
    expect(problems).toEqual([]);
  });

  it("fails a description that credits an owner the report never names (a test of the test)", () => {
    expect(ownersNotInReport("owned by the Secretary of State for Portuguese Communities of the Ministry of Foreign Affairs (MNE); the Labour ministry")).toEqual([
      "Secretary of State for Portuguese Communities",
      "Ministry of Foreign Affairs",
      "MNE",
      "Labour ministry",
    ]);
  });
});

describe("initiative statuses, wherever an initiative appears", () => {
  const planStatuses = new Map(initiatives.map((initiative) => [initiative.code, initiative.status as string]));
  const seeds = { border: borderSeed, diaspora: diasporaSeed, integration: integrationSeed, labour: labourSeed, social: socialSeed };
  const records = Object.entries(seeds).flatMap(([department, seed]) => initiativeRecords(department, seed, planStatuses));

  it("gives each initiative the same status in the plan and in the department that records it", () => {
    expect(records.length).toBeGreaterThan(40);
    expect(statusDisagreements(planStatuses, records)).toEqual([]);
    expect(planStatuses.get("CONTINGENCY_PLAN_IRREGULAR_IMMIGRATION_SEA")).toBe("DRAFTED");
    expect(records.find((record) => record.code === "CONTINGENCY_PLAN_IRREGULAR_IMMIGRATION_SEA")?.status).toBe("DRAFTED");
    // "foresees", for 2021 to 2030: under way, not done.
    expect(planStatuses.get("NATIONAL_HEALTH_PLAN_2021_2030")).toBe("IN_PROGRESS");
  });

  it("fails the statuses as they were seeded, and a planted one (a test of the test)", () => {
    const asSeeded = new Map([...planStatuses, ["CONTINGENCY_PLAN_IRREGULAR_IMMIGRATION_SEA", "UNDER_APPROVAL"]]);
    expect(statusDisagreements(asSeeded, records)).toEqual(["CONTINGENCY_PLAN_IRREGULAR_IMMIGRATION_SEA: plan says UNDER_APPROVAL, border says DRAFTED (which reads as DRAFTED)"]);
    const planted = records.map((record) => (record.code === "MYSEF" ? { ...record, status: "FORESEEN" } : record));
    expect(statusDisagreements(planStatuses, planted)).toEqual(["MYSEF: plan says IN_PROGRESS, border says FORESEEN (which reads as PLANNED)"]);
    expect(statusDisagreements(planStatuses, [{ department: "border", code: "MYSEF", status: "RETIRED" }])).toEqual([expect.stringMatching(/RETIRED has no counterpart/)]);
  });
});

describe("every seeded figure, as its department's subgraph answers it", () => {
  const started: TestSubgraph[] = [];
  const figures = new Map<string, ReadFigure>();
  type Milestone = { code: string; date: string; dateQuote: string; source: { quote: string } };
  let milestones: Milestone[] = [];
  beforeAll(async () => {
    for (const department of DEPARTMENTS) {
      const subgraph = await startTestSubgraph(department.definition);
      started.push(subgraph);
      if (department.paged) {
        const query = `query($first: Int, $after: String) { ${department.field}(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${FIGURE} } } } }`;
        const { nodes } = await subgraph.pageThrough<ReadFigure>(department.field, query, 100);
        for (const figure of nodes) figures.set(figure.id, figure);
      } else {
        const { data, errors } = await subgraph.execute<Record<string, ReadFigure[]>>(`{ ${department.field} { ${FIGURE} } }`);
        expect(errors).toBeUndefined();
        for (const figure of data![department.field]!) figures.set(figure.id, figure);
        if (department.definition === plan) {
          const answer = await subgraph.execute<{ milestones: Milestone[] }>("{ milestones { code date dateQuote source { quote } } }");
          milestones = answer.data!.milestones;
        }
      }
    }
  }, 120_000);
  afterAll(async () => {
    for (const subgraph of started) await subgraph.close();
  });

  it("states each figure's value, qualifier and period as the report does", () => {
    expect(figures.size).toBeGreaterThan(60);
    expect([...figures.values()].flatMap((figure) => figureProblems(figure))).toEqual([]);
  });

  it("gives no period where the report states none for the figure, and GAE's coverage growth the report's 'since 2020'", () => {
    expect(PERIODS_THE_REPORT_DOES_NOT_STATE.map((id) => [id, figures.get(id)?.statedPeriod])).toEqual(PERIODS_THE_REPORT_DOES_NOT_STATE.map((id) => [id, null]));
    expect(figures.get("diaspora.gae_geographical_coverage_growth")?.statedPeriod).toMatchObject({ kind: "SINCE", start: "2020", end: null, label: "since 2020" });
    expect(figures.get("diaspora.consular_model_contacts_handled")?.statedPeriod).toMatchObject({ kind: "UP_TO", start: null, end: "2021-12", label: "by the end of 2021" });
  });

  it("gives the deprecated period only where the report states both its ends or its start (never the report's year, never one month for UP_TO or AS_OF)", () => {
    const problems = [...figures.values()].flatMap((figure) => {
      const stated = figure.statedPeriod;
      const expected = stated === null || stated.start === null ? null : { start: stated.start, end: stated.end, label: stated.label };
      return JSON.stringify(figure.period) === JSON.stringify(expected) ? [] : [`${figure.id}: period ${JSON.stringify(figure.period)}, stated ${JSON.stringify(stated)}`];
    });
    expect(problems).toEqual([]);
    expect(figures.get("diaspora.consular_model_contacts_handled")?.period).toBeNull();
    expect(figures.get("plan_measures_accomplished")?.period).toBeNull();
  });

  it("carries the dated facts the report gives, each date in the report's words inside a verbatim quote", () => {
    const report = normaliseReportText(readReport());
    expect(milestones.map((milestone) => [milestone.code, milestone.date])).toEqual([
      ["POSITIVE_MIGRATION_APPRAISAL", "2017"],
      ["FIRST_VOLUNTARY_NATIONAL_REPORT", "2020"],
      ["FIRST_VOLUNTARY_REGIONAL_REVIEW", "2020"],
    ]);
    for (const milestone of milestones) {
      expect(report, milestone.code).toContain(normaliseReportText(milestone.source.quote));
      expect(milestone.source.quote, milestone.code).toContain(milestone.dateQuote);
      expect(milestone.dateQuote, milestone.code).toContain(milestone.date);
    }
  });

  it("fails each period the audit found, as it was seeded, and a planted qualifier (a test of the test)", () => {
    const asSeeded: Record<string, FigureToCheck["statedPeriod"]> = {
      "border.mysef_residence_permits_renewed": { kind: "SINCE", start: "2020", end: null, label: "since MySEF was implemented in 2020" },
      "border.airport_legal_aid_citizens_supported": { kind: "SINCE", start: "2020-11", end: null, label: "since the protocol was signed in November 2020" },
      "diaspora.diaspora_investor_statuses_attributed": { kind: "SINCE", start: "2020", end: null, label: "since the programme's launch in 2020" },
      "diaspora.consular_model_countries_served": { kind: "AS_OF", start: null, end: "2021-12", label: "at the end of 2021" },
      "integration.intercultural_competences_elearning_enrolments": { kind: "SINCE", start: "2022", end: null, label: "since the course was designed in 2022" },
      "integration.pla_training_initiatives": { kind: "SINCE", start: "2020", end: null, label: "since the 2020 Ministerial Order" },
      "integration.pla_participants": { kind: "SINCE", start: "2020", end: null, label: "since the 2020 Ministerial Order" },
      "social.covid19_foreign_citizens_vaccinated": { kind: "SINCE", start: "2020-12", end: null, label: "since the Vaccination Plan came into force at the end of 2020" },
      "diaspora.gae_geographical_coverage_growth": { kind: "DURING", start: "2020", end: "2021-12", label: "since 2020, at the end of 2021" },
    };
    for (const [id, period] of Object.entries(asSeeded)) {
      const figure = figures.get(id)!;
      expect(figureProblems(figure), id).toEqual([]);
      expect(figureProblems({ ...figure, statedPeriod: period }), id).toEqual([expect.stringMatching(/its period .* which its quote does not state/)]);
    }
    const launchDates: [string, NonNullable<FigureToCheck["statedPeriod"]>][] = [
      ["border.mysef_residence_permits_renewed", { kind: "DURING", start: "2020", end: "2020", label: "in 2020", quote: "in 2020" }],
      ["border.airport_legal_aid_citizens_supported", { kind: "DURING", start: "2020-11", end: "2020-11", label: "in November 2020", quote: "in November 2020" }],
      ["diaspora.diaspora_investor_statuses_attributed", { kind: "DURING", start: "2020", end: "2020", label: "in 2020", quote: "in 2020" }],
      ["integration.intercultural_competences_elearning_enrolments", { kind: "DURING", start: "2022", end: "2022", label: "in 2022", quote: "in 2022" }],
      ["integration.pla_participants", { kind: "DURING", start: "2020", end: "2020", label: "in 2020", quote: "in 2020" }],
      ["social.covid19_foreign_citizens_vaccinated", { kind: "AS_OF", start: null, end: "2020-12", label: "at the end of 2020", quote: "at the end of 2020" }],
      ["diaspora.consular_model_countries_served", { kind: "AS_OF", start: null, end: "2021-12", label: "by the end of 2021", quote: "by the end of 2021" }],
    ];
    for (const [id, period] of launchDates) {
      expect(figureProblems({ ...figures.get(id)!, statedPeriod: period }), id).toEqual([expect.stringMatching(/its period .* which its quote does not state/)]);
    }
    const contacts = figures.get("diaspora.consular_model_contacts_handled")!;
    expect(figureProblems({ ...contacts, statedPeriod: { ...contacts.statedPeriod!, quote: null } })).toEqual([expect.stringMatching(/carries no quote/)]);
    expect(figureProblems({ ...contacts, statedPeriod: { ...contacts.statedPeriod!, label: "at the end of 2021" } })).toEqual([expect.stringMatching(/does not show the report's words "by the end of 2021"/)]);
    // "+40%" follows "43 new CLAIM" in the report, not the whole network of new CNAIM and CLAIM.
    expect(figures.get("integration.support_network_growth_since_2020")?.label).toMatch(/43 new CLAIM \(\+40%\)/);
    // A figure a department records for a body the report credits says who: the report's credit is in its quote, and its label names it.
    const credited: [string, string][] = [
      ["border.airport_legal_aid_citizens_supported", "the Bar Association, the Ministry of Home Affairs and the Ministry of Justice"],
      ["diaspora.summer_school_participants", "Turismo de Portugal"],
      ["diaspora.summer_school_participant_countries", "Turismo de Portugal"],
      ["diaspora.summer_school_schools", "Turismo de Portugal"],
      ["diaspora.arvore_vii_beneficiaries", "the IOM"],
      ["integration.intercultural_competences_elearning_enrolments", "INA"],
      ["integration.civil_servants_trained", "ANQEP"],
      ["border.foreign_residents_2020", "SEF"],
    ];
    for (const [id, body] of credited) {
      expect(figures.get(id)?.label, id).toContain(body);
      expect(normaliseReportText(figures.get(id)!.source.quote).includes(body) || normaliseReportText(readReport()).includes(body), id).toBe(true);
    }
    const exact = figures.get("diaspora.arvore_vii_beneficiaries")!;
    expect(figureProblems({ ...exact, qualifier: "MORE_THAN" })).toEqual([expect.stringMatching(/is MORE_THAN but its quote gives the value as EXACT/)]);
  });
});

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
