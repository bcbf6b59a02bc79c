// Prometheus metrics on the gateway and every subgraph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/testHub.js";

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
