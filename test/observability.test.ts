// What the gateway and the departments' subgraphs say about a request together: the
// gateway's request id (and the client's, apart) and the client operation's name in
// every touched subgraph's log line, the trace id there too so logs and traces meet,
// each subgraph's metrics named after the client operation with bounded labels, and
// production's /metrics on a listener of its own. Each half alone: gateway/test/plugins.
import { Writable } from "node:stream";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "@gcm-hub/kit";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { ObjectiveDashboardDocument } from "../schema/generated/graphql.js";
import { readGatewayConfig } from "../gateway/src/config.js";
import { createGateway } from "../gateway/src/gateway.js";
import { plannerEnv, PRODUCTION_GATEWAY_ENV, startTestHub, type TestHub } from "./support/testHub.js";

const lines: { component?: string; subgraph?: string; requestId?: string; clientRequestId?: string; operation?: string | null; traceId?: string; msg?: string }[] = [];
const destination = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ log: createLogger("hub", "info", destination) });
});
afterAll(() => hub?.close());

const metricsOf = async (graphqlUrl: string) => (await fetch(graphqlUrl.replace("/graphql", "/metrics"))).text();
const subgraphUrl = (name: string) => hub.hub.subgraphs.find((subgraph) => subgraph.name === name)!.url;

describe("request id", () => {
  it("appears in the logs of every subgraph the request touched, beside the client's, and in the response", async () => {
    const clientRequestId = "req-trace-20261127-0001";
    const response = await fetch(hub.hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": clientRequestId },
      body: JSON.stringify({ query: "query ObjectiveTwentyTwo { objectives(numbers: [22]) { title labourFigures { value } socialProtectionFigures { value } } }" }),
    });
    const requestId = response.headers.get("x-request-id")!;
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(response.headers.get("x-client-request-id")).toBe(clientRequestId);
    await response.json();
    const touched = lines.filter((line) => line.requestId === requestId && line.msg === "graphql request");
    expect(touched.map((line) => line.subgraph).sort()).toEqual(["labour", "plan", "social"]);
    expect(touched.map((line) => line.clientRequestId)).toEqual(touched.map(() => clientRequestId));
    expect(lines.some((line) => line.requestId === clientRequestId)).toBe(false);
    // Each subgraph's line also names the client operation the request served.
    expect(touched.map((line) => line.operation)).toEqual(touched.map(() => "ObjectiveTwentyTwo"));
  });
});

describe("tracing on", () => {
  it("writes the trace id on each subgraph's log line for the request, so logs and traces meet", async () => {
    const exporter = new InMemorySpanExporter();
    const config = readGatewayConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", RESPONSE_CACHE_TTL_MS: "0", OTEL_TRACING: "true", ...plannerEnv });
    const subgraphUrls = Object.fromEntries(hub.hub.subgraphs.map(({ name, url }) => [name, url]));
    const gateway = createGateway({ config: { ...config, subgraphUrls }, tracing: { exporter } });
    try {
      const url = await gateway.listen(0);
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: print(ObjectiveDashboardDocument), operationName: "ObjectiveDashboard" }) });
      expect(((await response.json()) as { errors?: unknown[] }).errors).toBeUndefined();
      await gateway.flushTraces();
      const operation = exporter.getFinishedSpans().find((span) => span.name === "graphql.operation ObjectiveDashboard")!;
      const traced = lines.filter((line) => line.msg === "graphql request" && line.traceId === operation.spanContext().traceId);
      expect([...new Set(traced.map((line) => line.subgraph))].sort()).toEqual(["border", "diaspora", "integration", "labour", "plan", "social"]);
    } finally {
      await gateway.stop();
    }
  });
});

describe("/metrics in the subgraphs", () => {
  it("counts requests and latency in each subgraph under the client's operation name, with the database pool on PostgreSQL", async () => {
    await hub.query("query CountryName { country(iso: \"CV\") { name labourMobilityAgreements { code } } }");
    const text = await metricsOf(subgraphUrl("labour"));
    expect(text).toMatch(/graphql_requests_total\{operation="CountryName",outcome="ok",subgraph="labour"\} 1/);
    expect(text).toMatch(/graphql_request_duration_seconds_count\{subgraph="labour",operation="CountryName"\} 1/);
    if (hub.hub.databaseKind === "postgresql") expect(text).toMatch(/database_pool_connections\{state="total",subgraph="labour"\}/);
  });

  it("bounds operation-name labels in count and length, whatever names clients send through the gateway", async () => {
    const labelsOf = (text: string, metric: string) => new Set([...text.matchAll(new RegExp(`^${metric}\\{[^}]*operation="([^"]*)"`, "gm"))].map((match) => match[1]!));
    const long = (index: number) => `Q${index}_${"x".repeat(60_000)}`;
    const names = [...Array.from({ length: 150 }, (_, index) => `Unique${index}`), ...Array.from({ length: 5 }, (_, index) => long(index))];
    for (const name of names) await hub.query(`query ${name} { pillars { numeral } }`);
    const plan = labelsOf(await metricsOf(subgraphUrl("plan")), "graphql_requests_total");
    expect(plan.size).toBeLessThanOrEqual(100 + 20);
    expect(Math.max(...[...plan].map((label) => label.length))).toBeLessThanOrEqual(64);
  });
});

describe("/metrics in production", () => {
  it("is served only on its own listener, not on the public one", async () => {
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
