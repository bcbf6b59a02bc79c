import { describe, expect, it } from "vitest";
import { describeConnection, quotesMissingFromReport, representationsOf, useTestSubgraph } from "@gcm-hub/kit/testing";
import { plan } from "../src/server.js";
import { initiatives, objectives } from "../prisma/seed/report.js";

const subgraph = useTestSubgraph(plan);

describe("plan catalogue queries", () => {
  it("serves the 23 objectives with their official titles, in order", async () => {
    const { data, errors } = await subgraph.execute<{ objectives: { number: number; title: string }[] }>("{ objectives { number title } }");
    expect(errors).toBeUndefined();
    expect(data!.objectives).toHaveLength(23);
    expect(data!.objectives.map((objective) => objective.number)).toEqual(Array.from({ length: 23 }, (_, index) => index + 1));
    expect(data!.objectives[0]!.title).toBe("Collect and utilize accurate and disaggregated data as a basis for evidence-based policies");
    expect(data!.objectives[22]!.title).toBe("Strengthen international cooperation and global partnerships for safe, orderly and regular migration");
  });

  it("filters objectives by number and title", async () => {
    const { data } = await subgraph.execute<{ objectives: { number: number }[] }>(
      '{ objectives(numbers: [5, 6, 22], titleContains: "SOCIAL SECURITY") { number } }',
    );
    expect(data!.objectives).toEqual([{ number: 22 }]);
  });

  it("refuses an objective number outside 1 to 23, naming the argument", async () => {
    const { errors } = await subgraph.execute("{ objective(number: 24) { title } }");
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toContain('"number"');
  });

  it("serves five pillars with numerals and ten guiding principles", async () => {
    const { data } = await subgraph.execute<{ pillars: { numeral: string; source: { quote: string } }[]; guidingPrinciples: unknown[] }>(
      "{ pillars { numeral title source { reference quote } } guidingPrinciples { number name } }",
    );
    expect(data!.pillars.map((pillar) => pillar.numeral)).toEqual(["I", "II", "III", "IV", "V"]);
    expect(data!.pillars.every((pillar) => pillar.source.quote.length > 0)).toBe(true);
    expect(data!.guidingPrinciples).toHaveLength(10);
  });

  it("gives the plan-level figures with provenance", async () => {
    const { data } = await subgraph.execute<{ planFigures: { id: string; value: number; unit: string; source: { quote: string } }[] }>(
      "{ planFigures { id value unit period { start end label } source { document reference quote } } }",
    );
    const byValue = (value: number, unit: string) => data!.planFigures.find((figure) => figure.value === value && figure.unit === unit);
    expect(byValue(97, "measures")?.source.quote).toContain("97 measures");
    expect(byValue(21, "measures")?.source.quote).toContain("21 measures have been accomplished");
    expect(byValue(58, "percent")?.source.quote).toContain("58%");
    expect(byValue(70, "percent")?.source.quote).toContain("70%");
    expect(byValue(49, "entities")?.source.quote).toContain("49 entities");
  });

  it("cites the Global Compact (A/RES/73/195), not the report, for the objectives' official titles and the guiding principles", async () => {
    const { data } = await subgraph.execute<any>("{ objective(number: 7) { title titleSource { document reference quote } } guidingPrinciples { number name source { document reference quote } } }");
    expect(data.objective.titleSource).toEqual({ document: expect.stringContaining("A/RES/73/195"), reference: "Paragraph 16, objective 7", quote: data.objective.title });
    expect(data.guidingPrinciples[0].source).toEqual({ document: expect.stringContaining("A/RES/73/195"), reference: "Paragraph 15 (a)", quote: "People-centred" });
    expect(data.guidingPrinciples.every((principle: { name: string; source: { quote: string } }) => principle.source.quote === principle.name)).toBe(true);
  });

  it("gives Serbia the part the report gives it in the social security conventions: negotiations foreseen, not under way", async () => {
    const { data } = await subgraph.execute<{ initiative: { status: string; countries: { country: { iso: string }; role: string }[] } }>(
      `{ initiative(code: "SSC_SERBIA") { status countries { country { iso } role } } }`,
    );
    expect(data!.initiative).toEqual({ status: "PLANNED", countries: [{ country: { iso: "RS" }, role: "party to foreseen negotiations" }] });
  });

  it("classifies a body only as the report does: the support networks it names are neither departments nor institutes", async () => {
    const { data } = await subgraph.execute<{ departments: { code: string }[] }>(`{ departments(kind: SUPPORT_NETWORK) { code } }`);
    expect(data!.departments.map((department) => department.code).sort()).toEqual(["CLAIM", "CNAIM", "GAE", "GIP", "STT"]);
    const { data: institutes } = await subgraph.execute<{ departments: { code: string }[] }>(`{ departments(kind: PUBLIC_INSTITUTE) { code } }`);
    expect(institutes!.departments.map((department) => department.code)).not.toContain("CLAIM");
  });

  it("looks up countries by ISO code, case-insensitively, and null for unknown ones", async () => {
    const { data } = await subgraph.execute<{ cv: { name: string } | null; xx: null }>('{ cv: country(iso: "cv") { name } xx: country(iso: "XX") { name } }');
    expect(data!.cv).toEqual({ name: "Cabo Verde" });
    expect(data!.xx).toBeNull();
  });
});

describe("initiatives connection", () => {
  const connection = describeConnection<{ code: string; status: string }>(subgraph, {
    field: "initiatives", filterType: "InitiativeFilter", nodeFields: "code status", key: "code", every: () => initiatives.map((initiative) => initiative.code), pageSize: 10,
  });

  it("filters by objective, country and status together", async () => {
    const nodes = await connection.nodes({ objective: 5, status: "IN_PROGRESS", country: "in" });
    const expected = initiatives
      .filter((i) => i.objectives.includes(5) && i.status === "IN_PROGRESS" && i.countries.some((c) => c.countryIso === "IN"))
      .map((i) => i.code)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(nodes.map((node) => node.code)).toEqual(expected);
  });
});

describe("federation entities", () => {
  it("resolves each @key, and null for unknown keys", async () => {
    const { data, errors } = await subgraph.execute<{ _entities: unknown[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Objective { number title } ... on Country { iso name } ... on Department { code name } ... on Initiative { code name }
      } }`,
      {
        representations: representationsOf({ Objective: [21, 99], Country: ["IN"], Department: ["SEF"], Initiative: ["MYSEF"] }),
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { number: 21, title: objectives[20]!.title },
      null,
      { iso: "IN", name: "India" },
      expect.objectContaining({ code: "SEF" }),
      expect.objectContaining({ code: "MYSEF" }),
    ]);
  });

  it("resolves 50 entities of one type with one SQL statement, and their relations with one more each", async () => {
    const representations = initiatives.slice(0, 50).map(({ code }) => ({ __typename: "Initiative", code }));
    subgraph.statements.length = 0;
    const { data, errors } = await subgraph.execute<{ _entities: { code: string }[] }>(
      "query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { code } } }",
      { r: representations },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities.map((entity) => entity.code)).toEqual(representations.map((r) => r.code));
    expect(subgraph.statements).toHaveLength(1);

    subgraph.statements.length = 0;
    await subgraph.execute("query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { code objectives { number } countries { role } } } }", {
      r: representations,
    });
    expect(subgraph.statements).toHaveLength(3);
  });
});

describe("milestones: the dated facts the report gives", () => {
  type Milestone = { code: string; event: string; date: string; dateQuote: string; source: { reference: string; quote: string } };

  it("gives each, oldest first, with the report's words for its date inside its verbatim quote", async () => {
    const { data, errors } = await subgraph.execute<{ milestones: Milestone[] }>("{ milestones { code event date dateQuote source { document reference quote } } }");
    expect(errors).toBeUndefined();
    const milestones = data!.milestones;
    expect(milestones.map((milestone) => [milestone.code, milestone.date, milestone.dateQuote])).toEqual([
      ["POSITIVE_MIGRATION_APPRAISAL", "2017", "in 2017"],
      ["FIRST_VOLUNTARY_NATIONAL_REPORT", "2020", "since 2020, when"],
      ["FIRST_VOLUNTARY_REGIONAL_REVIEW", "2020", "in 2020"],
    ]);
    expect(quotesMissingFromReport(milestones.map(({ code, source }) => ({ code, quote: source.quote })))).toEqual([]);
    for (const milestone of milestones) {
      expect(milestone.source.quote, milestone.code).toContain(milestone.dateQuote);
      expect(milestone.dateQuote, milestone.code).toContain(milestone.date);
    }
  });
});
