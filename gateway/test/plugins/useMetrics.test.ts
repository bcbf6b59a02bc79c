// useMetrics alone: operations counted by name and outcome with their latency, each
// subgraph fetch timed and its failures counted, labels bounded whatever names clients
// send, /metrics served where configured, and the gateway's own requests left out.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { createOperationLabels } from "@gcm-hub/platform";
import { Registry } from "prom-client";
import { afterAll, describe, expect, it } from "vitest";
import { useMetrics } from "../../src/plugins/useMetrics.js";
import { createPluginHarness } from "./harness.js";

const registry = new Registry();
const ignoredRequests = new WeakSet<Request>();
const gateway = createPluginHarness({ plugins: () => [useMetrics({ registry, operationLabel: createOperationLabels({ known: ["Trusted"] }), ignore: (request) => ignoredRequests.has(request) })] });
afterAll(() => gateway[Symbol.asyncDispose]());

const metrics = async () => {
  const response = await gateway.fetch("/metrics");
  expect(response.headers.get("content-type")).toBe(registry.contentType);
  return response.text();
};
const labelsOf = (text: string, metric: string) => new Set([...text.matchAll(new RegExp(`^${metric}\\{[^}]*operation="([^"]*)"`, "gm"))].map((match) => match[1]!));

describe("useMetrics", () => {
  it("counts an operation by name and outcome, its latency, and each subgraph fetch", async () => {
    await gateway.query("query CountryName { objectives { number labourFigures { value } } }");
    const text = await metrics();
    expect(text).toMatch(/gateway_operations_total\{operation="CountryName",outcome="ok"\} 1/);
    expect(text).toMatch(/gateway_operation_duration_seconds_count\{operation="CountryName"\} 1/);
    expect(text).toMatch(/gateway_subgraph_fetch_duration_seconds_count\{subgraph="plan"\} 1/);
    expect(text).toMatch(/gateway_subgraph_fetch_duration_seconds_count\{subgraph="labour"\} 1/);
    await gateway.query("{ pillars { numeral } }");
    expect(await metrics()).toMatch(/gateway_operations_total\{operation="anonymous",outcome="ok"\} 1/);
  });

  it("counts a failed operation as an error, and the fetch of a subgraph that is down", async () => {
    gateway.down.add("labour");
    try {
      await gateway.query("query Failing { objectives { number labourFigures { value } } }");
    } finally {
      gateway.down.clear();
    }
    const text = await metrics();
    expect(text).toMatch(/gateway_operations_total\{operation="Failing",outcome="error"\} 1/);
    expect(text).toMatch(/gateway_subgraph_fetch_errors_total\{subgraph="labour"\} [1-9]/);
  });

  it("bounds operation-name labels in count and length: known names keep theirs, at most 100 others get one, the rest are 'other'", async () => {
    const long = (index: number) => `Q${index}_${"x".repeat(60_000)}`;
    const names = [...Array.from({ length: 150 }, (_, index) => `Unique${index}`), ...Array.from({ length: 5 }, (_, index) => long(index)), "Trusted"];
    for (const name of names) await gateway.query(`query ${name} { pillars { numeral } }`);
    const labels = labelsOf(await metrics(), "gateway_operations_total");
    expect(labels.size).toBeLessThanOrEqual(1 + 100 + 2); // Trusted, 100 others, "other" and "anonymous"
    expect(labels.has("other")).toBe(true);
    expect(labels.has("Trusted")).toBe(true);
    expect(Math.max(...[...labels].map((label) => label.length))).toBeLessThanOrEqual(64);
  });

  it("leaves ignored requests (the gateway's own warm-up) out of every metric", async () => {
    const body = JSON.stringify({ query: "query WarmUp { pillars { numeral } }" });
    const request = new Request("http://gateway.test/graphql", { method: "POST", headers: { "content-type": "application/json", "content-length": String(body.length) }, body });
    ignoredRequests.add(request);
    expect((await gateway.runtime.fetch(request)).status).toBe(200);
    expect(await metrics()).not.toContain('operation="WarmUp"');
  });
});

describe("useMetrics with path null", () => {
  it("serves nothing on the gateway's own listener (a listener of its own serves the registry)", async () => {
    const counting: GatewayPlugin[] = [useMetrics({ path: null })];
    const quiet = createPluginHarness({ plugins: () => counting });
    try {
      const response = await quiet.fetch("/metrics");
      expect(await response.text()).not.toContain("gateway_operations_total");
    } finally {
      await quiet[Symbol.asyncDispose]();
    }
  });
});
