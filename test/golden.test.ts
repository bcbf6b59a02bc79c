// The golden operations through the gateway: each spans at least three subgraphs
// and returns the report's figures, with provenance, and no errors. SQL statements
// per subgraph do not grow with the number of entities (no N+1). The graph is standard
// Federation 2: every golden operation gives the same result through Apollo's gateway,
// and through either query planner (QUERY_PLANNER js or rust), on the same subgraphs.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApolloServer } from "@apollo/server";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { useQueryPlan } from "@graphql-hive/router-runtime";
import { createCredentialSigner, signingFetch } from "@gcm-hub/kit";
import {
  CountryProfileDocument,
  DiasporaInvestmentAndReturnDocument,
  IntegrationNetworkDocument,
  LabourMobilityAndSocialSecurityDocument,
  ObjectiveDashboardDocument,
  PandemicResponseDocument,
  type ObjectiveDashboardQuery,
} from "../schema/generated/graphql.js";
import { DEFAULT_SUPERGRAPH_PATH, readGatewayConfig, type QueryPlanner } from "../gateway/src/config.js";
import { createGateway, type Gateway } from "../gateway/src/gateway.js";
import { goldenOperations } from "./support/goldenOperations.js";
import { startTestHub, testSigningKey, type TestHub } from "./support/testHub.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

interface Figure {
  value: number;
  unit: string;
  label: string;
  source?: { reference: string; quote: string } | null;
}

/** The one figure with this value and unit; fails when there is none or several. */
function figure<F extends Figure>(figures: readonly F[] | null | undefined, value: number, unit: string): F {
  const matches = (figures ?? []).filter((candidate) => candidate.value === value && candidate.unit === unit);
  expect(matches, `a figure of ${value} ${unit}`).toHaveLength(1);
  return matches[0]!;
}

/** The nodes of a connection (an empty list when the department did not answer: the test then fails on what it expects). */
function nodes<Node>(connection: { edges: { node: Node }[] } | null | undefined): Node[] {
  return connection?.edges.map((edge) => edge.node) ?? [];
}

const DASHBOARD_FIELDS = ["borderFigures", "integrationFigures", "diasporaFigures", "labourFigures", "socialProtectionFigures"] as const;
type DashboardFigure = NonNullable<ObjectiveDashboardQuery["borderFigures"]>["edges"][number]["node"];

/** Each department's figures grouped by the objective they report on, as a client of ObjectiveDashboard groups them. */
function figuresByObjective(dashboard: ObjectiveDashboardQuery) {
  const byNumber = new Map<number, Record<(typeof DASHBOARD_FIELDS)[number], DashboardFigure[]>>();
  for (const field of DASHBOARD_FIELDS) {
    for (const figure of nodes(dashboard[field])) {
      const number = figure.objective!.number;
      if (!byNumber.has(number)) byNumber.set(number, { borderFigures: [], integrationFigures: [], diasporaFigures: [], labourFigures: [], socialProtectionFigures: [] });
      byNumber.get(number)![field].push(figure);
    }
  }
  return byNumber;
}

/** Subgraphs that executed SQL for the last operation. */
function subgraphsTouched() {
  return [...hub.statements.entries()].filter(([, statements]) => statements.length > 0).map(([name]) => name).sort();
}

describe("golden operations", () => {
  it("CountryProfile: Cabo Verde across plan, border management and development cooperation", async () => {
    hub.statements.clear();
    const profile = await hub.run(CountryProfileDocument, { iso: "CV" });
    expect(profile.country!.name).toBe("Cabo Verde");
    expect(profile.country!.initiatives!.map((initiative) => initiative.code)).toContain("RIMM");
    expect(nodes(profile.borderProjects)).toContainEqual(expect.objectContaining({ code: "RIMM", status: "ACTIVE", countries: expect.arrayContaining([{ role: "BENEFICIARY", country: { iso: "CV" } }]) }));
    expect(nodes(profile.borderProtocols)).toContainEqual(expect.objectContaining({ code: "OTSH_CABO_VERDE_PROTOCOL", signedOn: "2020" }));
    expect(nodes(profile.developmentProjects)).toContainEqual(
      expect.objectContaining({ focus: "SECURITY_AND_MIGRATION_MANAGEMENT", countries: expect.arrayContaining([{ role: "PROJECT_LOCATION", country: { iso: "CV" } }]) }),
    );
    expect(subgraphsTouched()).toEqual(expect.arrayContaining(["border", "diaspora", "plan"]));
  });

  it("CountryProfile: India's labour mobility agreement and Brazil's triangular cooperation and social security", async () => {
    const india = await hub.run(CountryProfileDocument, { iso: "IN" });
    expect(nodes(india.labourMobilityAgreements)).toEqual([expect.objectContaining({ code: "LMA_INDIA", status: "CONCLUDED", signedIn: "2021-09" })]);
    const brazil = await hub.run(CountryProfileDocument, { iso: "BR" });
    expect(nodes(brazil.cooperationAgreements)).toContainEqual(expect.objectContaining({ kind: "TRIANGULAR_COOPERATION_MEMORANDUM" }));
    expect(nodes(brazil.socialSecurityConventions)).toEqual([expect.objectContaining({ status: "IN_FORCE" })]);
  });

  it("ObjectiveDashboard: every department's figures on its objectives, with qualifier, stated period and source", async () => {
    hub.statements.clear();
    const dashboard = await hub.run(ObjectiveDashboardDocument, {});
    const byNumber = figuresByObjective(dashboard);
    // Its default: every objective a department gives figures on, so its export holds every figure the dashboard shows (34).
    expect(dashboard.objectives!.map((objective) => objective.number)).toEqual([4, 5, 6, 7, 9, 12, 13, 14, 15, 16, 17, 19, 21, 22]);
    expect([...byNumber.keys()].sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 9, 12, 13, 14, 15, 16, 17, 19, 21, 22]);
    expect(DASHBOARD_FIELDS.reduce((count, field) => count + nodes(dashboard[field]).length, 0)).toBe(34);
    expect(figure(byNumber.get(13)!.borderFigures, 500, "people")).toMatchObject({ qualifier: "MORE_THAN", statedPeriod: null });
    expect(figure(byNumber.get(12)!.borderFigures, 187000, "residence permits").source!.reference).toBe("Section II, Objective 12");
    expect(figure(byNumber.get(7)!.integrationFigures, 145, "centres").source!.quote).toContain("145 CLAIM");
    expect(figure(byNumber.get(7)!.integrationFigures, 500000, "people").statedPeriod).toEqual({ kind: "SINCE", start: "2020", end: null, label: "since 2020", quote: "since 2020" });
    // Qualified values say so, and a figure whose quote gives no period has none.
    expect(figure(byNumber.get(7)!.integrationFigures, 5000, "civil servants")).toMatchObject({ qualifier: "MORE_THAN", statedPeriod: null });
    expect(figure(byNumber.get(16)!.integrationFigures, 34, "courses")).toMatchObject({ qualifier: "EXACT", statedPeriod: null });
    expect(figure(byNumber.get(4)!.diasporaFigures, 1_000_000, "contacts")).toMatchObject({ qualifier: "MORE_THAN", statedPeriod: { kind: "UP_TO", start: null, end: "2021-12", quote: "by the end of 2021" } });
    expect(figure(byNumber.get(4)!.diasporaFigures, 10, "countries")).toMatchObject({ statedPeriod: null });
    expect(figure(byNumber.get(12)!.borderFigures, 187000, "residence permits").qualifier).toBe("MORE_THAN");
    expect(figure(byNumber.get(14)!.diasporaFigures, 187, "protocols").source!.quote).toContain("187 GAE protocols");
    expect(figure(byNumber.get(21)!.diasporaFigures, 453, "migrants")).toMatchObject({ qualifier: "EXACT", statedPeriod: { kind: "DURING", start: "2020", end: "2021", label: "between 2020 and 2021" } });
    expect(figure(byNumber.get(6)!.labourFigures, 11000, "inspections")).toMatchObject({ qualifier: "MORE_THAN", source: { quote: expect.stringContaining("11,000 inspections") } });
    expect(figure(byNumber.get(5)!.labourFigures, 4, "projects")).toMatchObject({ statedPeriod: { kind: "AS_OF", start: null, end: "2021-12" }, source: { reference: "Section II, Objective 5" } });
    expect(figure(byNumber.get(22)!.socialProtectionFigures, 12, "countries")).toMatchObject({ statedPeriod: null, source: { quote: expect.stringContaining("12 countries") } });
    expect(subgraphsTouched()).toEqual(["border", "diaspora", "integration", "labour", "plan", "social"]);
  });

  it("ObjectiveDashboard costs the same SQL for 2 objectives as for all 23 (no N+1)", async () => {
    hub.statements.clear();
    await hub.run(ObjectiveDashboardDocument, { numbers: [7, 12] });
    const few = Object.fromEntries([...hub.statements].map(([name, statements]) => [name, statements.length]));
    hub.statements.clear();
    await hub.run(ObjectiveDashboardDocument, { numbers: Array.from({ length: 23 }, (_, index) => index + 1) });
    const all = Object.fromEntries([...hub.statements].map(([name, statements]) => [name, statements.length]));
    expect(all).toEqual(few);
    expect(Object.values(all).every((count) => count === 1)).toBe(true);
  });

  it("LabourMobilityAndSocialSecurity: agreements concluded, signed and under negotiation, with each country's conventions", async () => {
    hub.statements.clear();
    const { labourMobilityAgreements } = await hub.run(LabourMobilityAndSocialSecurityDocument, {});
    const agreements = new Map(labourMobilityAgreements!.edges.map(({ node }) => [node.code, node]));
    expect(labourMobilityAgreements!.totalCount).toBe(9);
    expect(agreements.get("LMA_INDIA")).toMatchObject({ status: "CONCLUDED", signedIn: "2021-09" });
    expect(agreements.get("LMA_MOROCCO")).toMatchObject({ status: "CONCLUDED", signedIn: "2022-01" });
    expect(agreements.get("CPLP_MOBILITY_AGREEMENT")).toMatchObject({ kind: "MULTILATERAL", status: "SIGNED", signedIn: "2021-07" });
    const negotiating = [...agreements.values()].filter((agreement) => agreement.status === "UNDER_NEGOTIATION");
    expect(negotiating.flatMap((agreement) => agreement.countries.map(({ country }) => country.name)).sort()).toEqual(
      ["Georgia", "Moldova", "Nepal", "Philippines", "Tunisia", "Uzbekistan"],
    );
    // The report names no social security convention with these countries; the graph says so rather than guessing.
    expect(negotiating.every((agreement) => agreement.countries.every(({ country }) => country.socialSecurityConventions?.length === 0))).toBe(true);
    expect(subgraphsTouched()).toEqual(["labour", "plan", "social"]);
  });

  it("IntegrationNetwork: the centres and their figures, objective 7, and SEF's part in integration and border systems", async () => {
    const { supportCentreTypes, integrationFigures, sef, sefIntegrationProgrammes, borderSystems } = await hub.run(IntegrationNetworkDocument, {});
    const centres = new Map(supportCentreTypes!.map((type) => [type.code, type]));
    expect(figure(centres.get("CNAIM")!.figures, 4, "centres")).toBeTruthy();
    expect(figure(centres.get("CLAIM")!.figures, 145, "centres")).toBeTruthy();
    expect(figure(centres.get("CLAIM")!.figures, 43, "centres").statedPeriod).toEqual({ kind: "SINCE", start: "2020", end: null, label: "since 2020", quote: "since 2020" });
    expect(figure(centres.get("CLAIM")!.figures, 5634, "calls").statedPeriod).toBeNull();
    expect(figure(centres.get("CNAIM")!.figures, 350, "consultations")).toBeTruthy();
    expect(figure(nodes(integrationFigures), 6000, "enrolments").source!.quote).toContain("6 thousand enrolments");
    expect(sef).toEqual({ code: "SEF", name: expect.stringContaining("Immigration and Borders Service") });
    expect(borderSystems).toContainEqual(expect.objectContaining({ code: "MYSEF", status: "IN_OPERATION" }));
    expect(nodes(sefIntegrationProgrammes)).toContainEqual(expect.objectContaining({ code: "CIVIL_SERVANT_TRAINING" }));
  });

  it("DiasporaInvestmentAndReturn: investor statuses, the summer school, ARVoRe VII and the CNAIM return consultations", async () => {
    const { diasporaProgrammes, returnProgrammes, objectives, diasporaFigures, integrationFigures } = await hub.run(DiasporaInvestmentAndReturnDocument, {});
    const programmes = new Map(diasporaProgrammes!.edges.map(({ node }) => [node.code, node]));
    // "launched in 2020" dates the programme, not the statuses: no period given.
    expect(figure(programmes.get("NATIONAL_DIASPORA_INVESTMENT_SUPPORT_PROGRAMME")!.figures, 200, "statuses")).toMatchObject({ qualifier: "MORE_THAN", statedPeriod: null });
    expect(figure(programmes.get("ONLINE_SUMMER_SCHOOL_2021")!.figures, 534, "people")).toBeTruthy();
    expect(figure(programmes.get("ONLINE_SUMMER_SCHOOL_2021")!.figures, 46, "countries")).toBeTruthy();
    expect(returnProgrammes).toEqual([expect.objectContaining({ code: "ARVORE_VII", promoter: { code: "IOM", name: "International Organisation for Migration" } })]);
    expect(figure(returnProgrammes![0]!.figures, 453, "migrants")).toBeTruthy();
    expect(objectives!.map((objective) => objective.number)).toEqual([19, 21]);
    const on21 = <F extends { objective?: { number: number } | null }>(figures: F[]) => figures.filter((candidate) => candidate.objective?.number === 21);
    expect(figure(on21(nodes(integrationFigures)), 350, "consultations")).toBeTruthy();
    expect(figure(on21(nodes(diasporaFigures)), 453, "migrants")).toBeTruthy();
  });

  it("PandemicResponse: regularisation, residents, vaccination, NHS numbers, social support and information", async () => {
    hub.statements.clear();
    const response = await hub.run(PandemicResponseDocument, {});
    expect(response.regularisationMeasures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "EXTRAORDINARY_REGULARISATION_EXTENSION", pendingAsOf: "2021-12-31" }),
        expect.objectContaining({ code: "DOCUMENT_VALIDITY_EXTENSION", validUntil: "2022-06-30" }),
      ]),
    );
    expect(figure(response.borderFigures!.edges.map(({ node }) => node), 662000, "people")).toBeTruthy();
    const social = response.socialProtectionFigures!.edges.map(({ node }) => node);
    expect(figure(social, 600000, "people")).toMatchObject({ qualifier: "APPROXIMATELY", statedPeriod: null, source: { quote: expect.stringContaining("around 600 thousand") } });
    expect(figure(social, 45000, "NHS numbers")).toMatchObject({ qualifier: "MORE_THAN", statedPeriod: null, source: { quote: expect.stringContaining("over 45 thousand NHS numbers") } });
    expect(figure(social, 153000, "people").statedPeriod).toEqual({ kind: "DURING", start: "2020", end: "2020", label: "in 2020", quote: "in 2020" });
    expect(figure(social, 146000, "people").statedPeriod).toEqual({ kind: "DURING", start: "2021", end: "2021", label: "in 2021", quote: "in 2021" });
    expect(response.healthAccessMeasures!.edges.map(({ node }) => node.code)).toContain("COVID19_VACCINATION_PLAN");
    expect(response.informationServices!.length).toBeGreaterThan(0);
    expect(subgraphsTouched()).toEqual(["border", "integration", "social"]);
  });
});

describe("golden operations through @apollo/gateway", () => {
  let apollo: ApolloServer;
  beforeAll(async () => {
    const urls = new Map(hub.hub.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
    const sign = createCredentialSigner(testSigningKey);
    const gateway = new ApolloGateway({
      supergraphSdl: fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, "utf8"),
      // Apollo's gateway signs its subgraph requests the way the hub's does.
      buildService: ({ name }) =>
        new RemoteGraphQLDataSource({
          url: urls.get(name),
          fetcher: signingFetch(sign, name) as never,
        }),
    });
    apollo = new ApolloServer({ gateway });
    await apollo.start();
  });
  afterAll(() => apollo?.stop());

  const operations = goldenOperations();
  it("has golden operations to compare", () => {
    expect(operations.length).toBeGreaterThan(0);
  });

  it.each(operations.map((operation) => [operation.name, operation.document]))("%s gives identical results on both engines", async (_, document) => {
    const hubResult = await hub.query(document);
    const apolloResponse = await apollo.executeOperation({ query: document });
    if (apolloResponse.body.kind !== "single") throw new Error("expected a single result");
    const apolloResult = apolloResponse.body.singleResult;
    expect(hubResult.body.errors).toBeUndefined();
    expect(apolloResult.errors).toBeUndefined();
    expect(hubResult.body.data).toEqual(apolloResult.data);
  });
});

const gateways = new Map<QueryPlanner, { gateway: Gateway; url: string; plans: unknown[] }>();

async function query(planner: QueryPlanner, document: string) {
  const response = await fetch(gateways.get(planner)!.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: document }) });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

describe("QUERY_PLANNER", () => {
  beforeAll(async () => {
    const subgraphUrls = Object.fromEntries(hub.hub.subgraphs.map(({ name, url }) => [name, url]));
    for (const planner of ["js", "rust"] as const) {
      const config = readGatewayConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", RESPONSE_CACHE_TTL_MS: "0", QUERY_PLANNER: planner });
      const plans: unknown[] = [];
      const gateway = createGateway({ config: { ...config, subgraphUrls }, plugins: [useQueryPlan({ onQueryPlan: (plan) => plans.push(plan) }) as GatewayPlugin] });
      gateways.set(planner, { gateway, url: await gateway.listen(0), plans });
    }
  });
  afterAll(async () => {
    for (const { gateway } of gateways.values()) await gateway.stop();
  });

  const operations = goldenOperations();

  it("rust plans with Hive Router's query planner; js does not", async () => {
    const { document } = operations[0]!;
    for (const planner of ["js", "rust"] as const) {
      gateways.get(planner)!.plans.length = 0;
      expect((await query(planner, document)).errors).toBeUndefined();
    }
    expect(gateways.get("js")!.plans).toEqual([undefined]);
    expect(gateways.get("rust")!.plans).toEqual([expect.objectContaining({ kind: "QueryPlan" })]);
  });

  it.each(operations.map((operation) => [operation.name, operation.document]))("%s gives identical results on both planners", async (_, document) => {
    const [js, rust] = await Promise.all([query("js", document), query("rust", document)]);
    expect(js.errors).toBeUndefined();
    expect(rust.errors).toBeUndefined();
    expect(rust.data).toEqual(js.data);
  });
});
