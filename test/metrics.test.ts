// Prometheus metrics on the gateway and every subgraph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRODUCTION_GATEWAY_ENV, startTestHub, type TestHub } from "./support/testHub.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const metricsOf = async (graphqlUrl: string) => (await fetch(graphqlUrl.replace("/graphql", "/metrics"))).text();

describe("/metrics", () => {
  it("counts operations, their latency and each subgraph fetch at the gateway", async () => {
    await hub.query("query CountryName { country(iso: \"CV\") { name labourMobilityAgreements { code } } }");
    const text = await metricsOf(hub.hub.gatewayUrl);
    expect(text).toMatch(/gateway_operations_total\{operation="CountryName",outcome="ok"\} 1/);
    expect(text).toMatch(/gateway_operation_duration_seconds_count\{operation="CountryName"\} 1/);
    expect(text).toMatch(/gateway_subgraph_fetch_duration_seconds_count\{subgraph="plan"\} [1-9]/);
    expect(text).toMatch(/gateway_subgraph_fetch_duration_seconds_count\{subgraph="labour"\} [1-9]/);
  });

  it("counts requests and latency in each subgraph, with the database pool on PostgreSQL", async () => {
    const labour = hub.hub.subgraphs.find((subgraph) => subgraph.name === "labour")!;
    const text = await metricsOf(labour.url);
    // The gateway names subgraph requests after the client's operation.
    expect(text).toMatch(/graphql_requests_total\{operation="CountryName",outcome="ok",subgraph="labour"\} 1/);
    expect(text).toMatch(/graphql_request_duration_seconds_count\{subgraph="labour",operation="CountryName"\} 1/);
    if (hub.hub.databaseKind === "postgresql") expect(text).toMatch(/database_pool_connections\{state="total",subgraph="labour"\}/);
  });
});

describe("metrics cannot be grown from outside", () => {
  const labelsOf = (text: string, metric: string) =>
    new Set([...text.matchAll(new RegExp(`^${metric}\\{[^}]*operation="([^"]*)"`, "gm"))].map((match) => match[1]!));

  it("bounds operation-name labels in count and length at the gateway and in the subgraphs", async () => {
    const long = (index: number) => `Q${index}_${"x".repeat(60_000)}`;
    const names = [...Array.from({ length: 150 }, (_, index) => `Unique${index}`), ...Array.from({ length: 5 }, (_, index) => long(index))];
    for (const name of names) await hub.query(`query ${name} { pillars { numeral } }`);
    const gateway = labelsOf(await metricsOf(hub.hub.gatewayUrl), "gateway_operations_total");
    // The trusted operations keep their labels; at most 100 further names get one; the rest are "other".
    expect(gateway.size).toBeLessThanOrEqual(100 + 20);
    expect(gateway.has("other")).toBe(true);
    expect(Math.max(...[...gateway].map((label) => label.length))).toBeLessThanOrEqual(64);
    const plan = labelsOf(await metricsOf(hub.hub.subgraphs.find(({ name }) => name === "plan")!.url), "graphql_requests_total");
    expect(plan.size).toBeLessThanOrEqual(100 + 20);
    expect(Math.max(...[...plan].map((label) => label.length))).toBeLessThanOrEqual(64);
  });

  it("in production, serves /metrics only on its own listener, not on the public one", async () => {
    const gateway = await hub.startGateway({ NODE_ENV: "production", ...PRODUCTION_GATEWAY_ENV, JWT_JWKS_URL: "https://idp.example.pt/jwks" });
    try {
      expect((await fetch(gateway.url.replace("/graphql", "/metrics"))).status).toBe(404);
      const metrics = await fetch(gateway.metricsUrl!);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toContain("gateway_operations_total");
    } finally {
      await gateway.stop();
    }
  });
});
