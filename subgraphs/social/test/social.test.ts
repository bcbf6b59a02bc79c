import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { describeConnection, normaliseReportText, readReport, representationsOf, useTestSubgraph } from "@gcm-hub/kit/testing";
import { social } from "../src/server.js";
import { healthAccessMeasures, healthPlans, observations, socialSecurityConventions, socialSupportMeasures } from "../prisma/seed/report.js";


const subgraph = useTestSubgraph(social);

type Errors = readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;
type Figure = { id: string; label: string; value: number; unit: string; period: { start: string; end: string | null }; objective: { number: number } | null };
type FigurePage = { socialProtectionFigures: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Figure }[] } };

const figuresQuery = `query Figures($filter: FigureFilter, $first: Int, $after: String) {
  socialProtectionFigures(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id label value unit period { start end label } objective { number } source { reference quote } } }
  }
}`;

function expectBadInput(errors: Errors, argument: string) {
  expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(errors?.[0]?.message).toContain(`"${argument}"`);
}

describe("social security conventions", () => {
  const conventionsQuery = `query Conventions($filter: SocialSecurityConventionFilter, $first: Int, $after: String) {
    socialSecurityConventions(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { code name kind status objective { number } initiative { code } countries { country { iso } role } source { reference } } }
    }
  }`;
  type Convention = { code: string; name: string; kind: string; status: string; objective: { number: number }; initiative: { code: string } | null; countries: { country: { iso: string }; role: string }[] };
  type Page = { socialSecurityConventions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Convention }[] } };

  it("serves the Ibero-American convention covering the report's 12 countries, in force", async () => {
    const { data, errors } = await subgraph.execute<{ socialSecurityConvention: Convention }>(
      `{ socialSecurityConvention(code: "IBERO_AMERICAN_MULTILATERAL") { code name kind status objective { number } initiative { code } countries { country { iso } role } } }`,
    );
    expect(errors).toBeUndefined();
    const convention = data!.socialSecurityConvention;
    expect(convention).toMatchObject({
      name: "Ibero-American Multilateral Convention on Social Security",
      kind: "MULTILATERAL",
      status: "IN_FORCE",
      objective: { number: 22 },
      initiative: { code: "IBERO_AMERICAN_SOCIAL_SECURITY_CONVENTION" },
    });
    expect(convention.countries).toHaveLength(12);
    expect(convention.countries.map((entry) => entry.country.iso)).toEqual(["AR", "BO", "BR", "CL", "DO", "EC", "ES", "PE", "PT", "PY", "SV", "UY"]);
    expect(convention.countries.every((entry) => entry.role === "COVERED")).toBe(true);
  });

  it("lists every convention in code order with the report's statuses", async () => {
    const { data, errors } = await subgraph.execute<Page>(conventionsQuery, { first: 100 });
    expect(errors).toBeUndefined();
    const statuses = Object.fromEntries(data!.socialSecurityConventions.edges.map(({ node }) => [node.code, node.status]));
    expect(statuses).toEqual({
      BILATERAL_ALGERIA: "UNDER_NEGOTIATION",
      BILATERAL_CHINA: "UNDER_NEGOTIATION",
      BILATERAL_ISRAEL: "UNDER_NEGOTIATION",
      BILATERAL_SERBIA: "NEGOTIATION_FORESEEN",
      IBERO_AMERICAN_MULTILATERAL: "IN_FORCE",
    });
    expect(data!.socialSecurityConventions.totalCount).toBe(5);
  });

  it("filters by status, kind and country (any case)", async () => {
    const negotiating = await subgraph.execute<Page>(conventionsQuery, { filter: { status: "UNDER_NEGOTIATION", kind: "BILATERAL" } });
    expect(negotiating.data!.socialSecurityConventions.edges.map(({ node }) => node.countries[0]!.country.iso)).toEqual(["DZ", "CN", "IL"]);
    const spain = await subgraph.execute<Page>(conventionsQuery, { filter: { country: "es" } });
    expect(spain.data!.socialSecurityConventions.edges.map(({ node }) => node.code)).toEqual(["IBERO_AMERICAN_MULTILATERAL"]);
    const serbia = await subgraph.execute<Page>(conventionsQuery, { filter: { country: "RS", status: "IN_FORCE" } });
    expect(serbia.data!.socialSecurityConventions.totalCount).toBe(0);
  });

  it("pages through the conventions once each and refuses bad arguments", async () => {
    const { nodes } = await subgraph.pageThrough<{ code: string }>("socialSecurityConventions", conventionsQuery, 2);
    expect(nodes.map((node) => node.code)).toEqual(socialSecurityConventions.map((convention) => convention.code).sort());
    expectBadInput((await subgraph.execute(conventionsQuery, { filter: { country: "ESP" } })).errors, "filter.country");
    expectBadInput((await subgraph.execute(conventionsQuery, { first: 0 })).errors, "first");
  });

  it("returns null for an unknown convention code", async () => {
    const { data } = await subgraph.execute<{ socialSecurityConvention: null }>('{ socialSecurityConvention(code: "BILATERAL_ATLANTIS") { code } }');
    expect(data!.socialSecurityConvention).toBeNull();
  });
});

describe("health access, social support and health plans", () => {
  it("serves the COVID-19 Vaccination Plan with the measures that complement it", async () => {
    const { data, errors } = await subgraph.execute<{ healthAccessMeasure: Record<string, unknown> }>(
      `{ healthAccessMeasure(code: "COVID19_VACCINATION_PLAN") {
        status startYear coveredGroups pandemicResponse complements { code } complementedBy { code kind partners coveredGroups complements { code } }
      } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.healthAccessMeasure).toEqual({
      status: "IN_FORCE",
      startYear: 2020,
      coveredGroups: ["asylum seekers", "irregular immigrants"],
      pandemicResponse: true,
      complements: null,
      complementedBy: [
        { code: "AGRICULTURAL_WORKERS_COLLECTIVE_VACCINATION", kind: "COLLECTIVE_VACCINATION", partners: [], coveredGroups: ["agricultural workers"], complements: { code: "COVID19_VACCINATION_PLAN" } },
        { code: "BUSINESS_COMMUNITY_VACCINATION", kind: "VACCINATION_PARTNERSHIP", partners: ["business community"], coveredGroups: [], complements: { code: "COVID19_VACCINATION_PLAN" } },
        { code: "NHS_NUMBER_REGISTRATION_PLATFORM", kind: "REGISTRATION_PLATFORM", partners: [], coveredGroups: ["citizens without an NHS number"], complements: { code: "COVID19_VACCINATION_PLAN" } },
      ],
    });
  });

  it("filters and pages health-access measures", async () => {
    const query = `query($filter: HealthAccessMeasureFilter, $first: Int, $after: String) {
      healthAccessMeasures(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { code } } }
    }`;
    type Page = { healthAccessMeasures: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { code: string } }[] } };
    const implemented = await subgraph.execute<Page>(query, { filter: { status: "IMPLEMENTED", pandemicResponse: true } });
    expect(implemented.data!.healthAccessMeasures.totalCount).toBe(3);
    const platform = await subgraph.execute<Page>(query, { filter: { kind: "REGISTRATION_PLATFORM" } });
    expect(platform.data!.healthAccessMeasures.edges).toEqual([{ node: { code: "NHS_NUMBER_REGISTRATION_PLATFORM" } }]);
    const first = await subgraph.execute<Page>(query, { first: 3 });
    const second = await subgraph.execute<Page>(query, { first: 3, after: first.data!.healthAccessMeasures.pageInfo.endCursor });
    expect(first.data!.healthAccessMeasures.pageInfo.hasNextPage).toBe(true);
    expect(second.data!.healthAccessMeasures.pageInfo.hasNextPage).toBe(false);
    expect([...first.data!.healthAccessMeasures.edges, ...second.data!.healthAccessMeasures.edges].map(({ node }) => node.code)).toEqual(
      healthAccessMeasures.map((measure) => measure.code).sort(),
    );
    expectBadInput((await subgraph.execute(query, { after: "forged" })).errors, "after");
  });

  it("serves the pandemic social support and the family benefits of regularised citizens' descendants", async () => {
    const query = `query($filter: SocialSupportMeasureFilter) {
      socialSupportMeasures(filter: $filter) { totalCount edges { node { code kind status beneficiaries instruments startYear pandemicResponse initiative { code } } } }
    }`;
    type Page = { socialSupportMeasures: { totalCount: number; edges: { node: Record<string, unknown> }[] } };
    const { data, errors } = await subgraph.execute<Page>(query, { filter: { pandemicResponse: true } });
    expect(errors).toBeUndefined();
    expect(data!.socialSupportMeasures.edges.map(({ node }) => node)).toEqual([
      {
        code: "EXTRAORDINARY_PANDEMIC_SOCIAL_PROTECTION",
        kind: "EXTRAORDINARY_SUPPORT",
        status: "IMPLEMENTED",
        beneficiaries: "foreign citizens",
        instruments: ["access to layoff"],
        startYear: 2020,
        pandemicResponse: true,
        initiative: { code: "EXTRAORDINARY_SOCIAL_PROTECTION_SUPPORT" },
      },
      expect.objectContaining({ code: "FAMILY_BENEFITS_FOR_DESCENDANTS_OF_REGULARISED_CITIZENS", kind: "FAMILY_BENEFITS", instruments: ["family benefits"] }),
    ]);
    const family = await subgraph.execute<Page>(query, { filter: { kind: "FAMILY_BENEFITS", status: "IMPLEMENTED" } });
    expect(family.data!.socialSupportMeasures.totalCount).toBe(0);
    const missing = await subgraph.execute<{ socialSupportMeasure: null }>('{ socialSupportMeasure(code: "NOPE") { code } }');
    expect(missing.data!.socialSupportMeasure).toBeNull();
  });

  it("serves the National Health Plan 2021-2030 under Objective 15", async () => {
    const { data, errors } = await subgraph.execute<{ healthPlans: unknown[]; missing: null }>(
      '{ healthPlans { code name startYear endYear alignedWith goal objective { number } initiative { code } } missing: healthPlan(code: "NHP_1990") { code } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.healthPlans).toEqual([
      {
        code: "NATIONAL_HEALTH_PLAN_2021_2030",
        name: "National Health Plan 2021-2030",
        startYear: 2021,
        endYear: 2030,
        alignedWith: "Agenda 2030",
        goal: "ensure access to quality health and promote well-being for all",
        objective: { number: 15 },
        initiative: { code: "NATIONAL_HEALTH_PLAN_2021_2030" },
      },
    ]);
    expect(data!.missing).toBeNull();
  });
});

describe("social protection figures", () => {
  it("gives the report's figures exactly", async () => {
    const { data, errors } = await subgraph.execute<FigurePage>(figuresQuery, { first: 100 });
    expect(errors).toBeUndefined();
    const byId = Object.fromEntries(data!.socialProtectionFigures.edges.map(({ node }) => [node.id, node]));
    expect(byId["social.migrant_social_security_contributions"]).toMatchObject({ value: 800_000_000, unit: "euros", period: { start: "2020", end: "2020" } });
    expect(byId["social.migrant_social_security_contributions"]!.label).toContain("more than");
    expect(byId["social.ibero_american_convention_countries"]).toMatchObject({ value: 12, unit: "countries", objective: { number: 22 } });
    expect(byId["social.covid19_foreign_citizens_vaccinated"]).toMatchObject({ value: 600_000, unit: "people", objective: null });
    expect(byId["social.covid19_foreign_citizens_vaccinated"]!.label).toContain("around");
    expect(byId["social.nhs_numbers_allocated"]).toMatchObject({ value: 45_000, unit: "NHS numbers" });
    expect(byId["social.nhs_numbers_allocated"]!.label).toContain("more than");
    expect(byId["social.pandemic_social_protection_support_2020"]).toMatchObject({ value: 153_000, period: { start: "2020", end: "2020" } });
    expect(byId["social.pandemic_social_protection_support_2021"]).toMatchObject({ value: 146_000, period: { start: "2021", end: "2021" } });
    expect(data!.socialProtectionFigures.totalCount).toBe(observations.length);
  });

  it("filters by objective and by the pandemic response", async () => {
    const objective22 = await subgraph.execute<FigurePage>(figuresQuery, { filter: { objective: 22 } });
    expect(objective22.data!.socialProtectionFigures.edges.map(({ node }) => node.value)).toEqual([12]);
    const pandemic = await subgraph.execute<FigurePage>(figuresQuery, { filter: { pandemicResponse: true } });
    expect(pandemic.data!.socialProtectionFigures.edges.map(({ node }) => node.value).sort((a, b) => a - b)).toEqual([45_000, 146_000, 153_000, 600_000]);
    const notPandemic = await subgraph.execute<FigurePage>(figuresQuery, { filter: { pandemicResponse: false, objective: 22 } });
    expect(notPandemic.data!.socialProtectionFigures.totalCount).toBe(1);
  });

  const figures = describeConnection<{ id: string }>(subgraph, {
    field: "socialProtectionFigures", filterType: "FigureFilter", nodeFields: "id", key: "id", every: () => observations.map((observation) => observation.code), pageSize: 4,
  });

  it("refuses an objective outside 1 to 23", async () => {
    expect(await figures.refusal({ filter: { objective: 24 } })).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining('"filter.objective"') });
  });

});

describe("federation entities", () => {
  const entitiesQuery = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Objective { number socialProtectionFigures { value } socialSecurityConventions { code } healthPlans { code } }
    ... on Country { iso socialSecurityConventions { code status } }
    ... on Initiative { code socialSecurityConventions { code } healthAccessMeasures { code } socialSupportMeasures { code } healthPlans { code } }
  } }`;

  it("resolves each @key to its added fields, empty lists for keys without data, and null for impossible keys", async () => {
    const { data, errors } = await subgraph.execute<{ _entities: unknown[] }>(entitiesQuery, {
      representations: representationsOf({ Objective: [22, 15, 99], Country: ["DZ", "ZZ", "ESP"], Initiative: ["COVID19_VACCINATION_PLAN", "NO_SUCH_INITIATIVE", "not a code"] }),
    });
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      {
        number: 22,
        socialProtectionFigures: [{ value: 12 }],
        socialSecurityConventions: ["BILATERAL_ALGERIA", "BILATERAL_CHINA", "BILATERAL_ISRAEL", "BILATERAL_SERBIA", "IBERO_AMERICAN_MULTILATERAL"].map((code) => ({ code })),
        healthPlans: [],
      },
      { number: 15, socialProtectionFigures: [], socialSecurityConventions: [], healthPlans: [{ code: "NATIONAL_HEALTH_PLAN_2021_2030" }] },
      null,
      { iso: "DZ", socialSecurityConventions: [{ code: "BILATERAL_ALGERIA", status: "UNDER_NEGOTIATION" }] },
      { iso: "ZZ", socialSecurityConventions: [] },
      null,
      {
        code: "COVID19_VACCINATION_PLAN",
        socialSecurityConventions: [],
        healthAccessMeasures: ["AGRICULTURAL_WORKERS_COLLECTIVE_VACCINATION", "BUSINESS_COMMUNITY_VACCINATION", "COVID19_VACCINATION_PLAN"].map((code) => ({ code })),
        socialSupportMeasures: [],
        healthPlans: [],
      },
      { code: "NO_SUCH_INITIATIVE", socialSecurityConventions: [], healthAccessMeasures: [], socialSupportMeasures: [], healthPlans: [] },
      null,
    ]);
  });

  it("filters a country's conventions by status", async () => {
    const { data } = await subgraph.execute<{ _entities: { socialSecurityConventions: { code: string }[] }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { foreseen: socialSecurityConventions(status: NEGOTIATION_FORESEEN) { code } } } }`,
      { r: [{ __typename: "Country", iso: "RS" }, { __typename: "Country", iso: "PT" }] },
    );
    expect(data!._entities).toEqual([{ foreseen: [{ code: "BILATERAL_SERBIA" }] }, { foreseen: [] }]);
  });

  it("resolves every country of the data with one SQL statement", async () => {
    const isos = [...new Set(socialSecurityConventions.flatMap((convention) => convention.countries.map((country) => country.countryIso)))];
    expect(isos).toHaveLength(16);
    subgraph.statements.length = 0;
    const { data, errors } = await subgraph.execute<{ _entities: { iso: string; socialSecurityConventions: unknown[] }[] }>(
      "query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { iso socialSecurityConventions { code } } } }",
      { r: isos.map((iso) => ({ __typename: "Country", iso })) },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities.map((entity) => entity.iso)).toEqual(isos);
    expect(data!._entities.every((entity) => entity.socialSecurityConventions.length === 1)).toBe(true);
    expect(subgraph.statements).toHaveLength(1);
  });

  it("resolves all 23 objectives with one SQL statement per added relation", async () => {
    const representations = Array.from({ length: 23 }, (_, index) => ({ __typename: "Objective", number: index + 1 }));
    subgraph.statements.length = 0;
    const { errors } = await subgraph.execute(
      "query($r: [_Any!]!) { _entities(representations: $r) { ... on Objective { socialProtectionFigures { id } } } }",
      { r: representations },
    );
    expect(errors).toBeUndefined();
    expect(subgraph.statements).toHaveLength(1);
    subgraph.statements.length = 0;
    await subgraph.execute(
      "query($r: [_Any!]!) { _entities(representations: $r) { ... on Objective { socialProtectionFigures { id } socialSecurityConventions { code } healthPlans { code } } } }",
      { r: representations },
    );
    expect(subgraph.statements).toHaveLength(3);
  });

  it("resolves every linked initiative with one SQL statement per added relation", async () => {
    const codes = [
      ...new Set(
        [...socialSecurityConventions, ...healthAccessMeasures, ...socialSupportMeasures, ...healthPlans].flatMap((record) => record.initiativeCode ?? []),
      ),
    ];
    subgraph.statements.length = 0;
    const { data, errors } = await subgraph.execute<{ _entities: Record<string, unknown[]>[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative {
        socialSecurityConventions { code } healthAccessMeasures { code } socialSupportMeasures { code } healthPlans { code }
      } } }`,
      { r: codes.map((code) => ({ __typename: "Initiative", code })) },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities.every((entity) => Object.values(entity).some((records) => records.length > 0))).toBe(true);
    expect(subgraph.statements).toHaveLength(4);
  });

  it("loads the countries of a page of conventions with one statement", async () => {
    subgraph.statements.length = 0;
    await subgraph.execute("{ socialSecurityConventions(first: 100) { edges { node { countries { role } } } } }");
    // One for the page (no count: totalCount is not selected), one for every convention's countries.
    expect(subgraph.statements).toHaveLength(2);
  });
});

describe("provenance", () => {
  const report = normaliseReportText(readReport());
  const records = [...socialSecurityConventions, ...healthAccessMeasures, ...socialSupportMeasures, ...healthPlans, ...observations];

  it("quotes every record and figure verbatim from the report", () => {
    const missing = records.filter((record) => !report.includes(normaliseReportText(record.sourceQuote))).map((record) => record.code);
    expect(missing).toEqual([]);
  });

  it("quotes each figure in words that contain the figure", () => {
    // The report writes figures as "12", "153,000", "45 thousand" or "800 million".
    const spellings = (value: number) => [String(value), value.toLocaleString("en-US"), `${value / 1_000} thousand`, `${value / 1_000_000} million`];
    const unquoted = observations.filter((figure) => !spellings(figure.value).some((spelling) => figure.sourceQuote.includes(spelling)));
    expect(unquoted.map((figure) => figure.code)).toEqual([]);
  });

  it("prefixes every figure id with the subgraph's name", () => {
    expect(observations.every((figure) => figure.code.startsWith("social."))).toBe(true);
  });

  it("uses only countries and initiatives that plan's seed holds", () => {
    // Read as text, not imported: a subgraph never imports another subgraph.
    const planSeed = fs.readFileSync(new URL("../../plan/prisma/seed/report.ts", import.meta.url), "utf8");
    const isos = socialSecurityConventions.flatMap((convention) => convention.countries.map((country) => country.countryIso));
    const initiativeCodes = records.flatMap((record) => ("initiativeCode" in record && record.initiativeCode ? [record.initiativeCode] : []));
    expect(isos.filter((iso) => !planSeed.includes(`iso: "${iso}", name:`))).toEqual([]);
    expect(initiativeCodes.filter((code) => !planSeed.includes(`"${code}"`))).toEqual([]);
  });
});
