// createTracing's plugin alone: an operation makes one trace, with a span for the
// operation (name, type, service), its phases, one span per subgraph request naming the
// subgraph, and every subgraph request carries that trace's traceparent, whose parent is
// the gateway's fetch span. Shutting down unregisters the process-wide provider.
import { trace } from "@opentelemetry/api";
import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTracing, DEFAULT_SERVICE_NAME, type Tracing } from "../../src/plugins/useTracing.js";
import { createPluginHarness, type PluginHarness } from "./harness.js";

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]$/;

/** True when a span started now would be recorded: some provider is registered. */
function providerRegistered() {
  const probe = trace.getTracer("probe").startSpan("probe");
  probe.end();
  return probe.isRecording() || trace.isSpanContextValid(probe.spanContext());
}

describe("without the tracing plugin", () => {
  it("no provider is registered and no subgraph request carries a traceparent", async () => {
    const gateway = createPluginHarness({ plugins: () => [] });
    try {
      await gateway.query("query Figures { objectives { number labourFigures { value } } }");
      expect(providerRegistered()).toBe(false);
      expect(gateway.requests.length).toBeGreaterThan(0);
      expect(gateway.requests.filter((request) => request.headers.has("traceparent"))).toEqual([]);
    } finally {
      await gateway[Symbol.asyncDispose]();
    }
  });
});

describe("createTracing", () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let gateway: PluginHarness;
  let spans: ReadableSpan[];
  let operation: ReadableSpan;

  beforeAll(async () => {
    tracing = createTracing({ serviceName: "gcm-hub-gateway-test", exporter });
    gateway = createPluginHarness({ plugins: () => [tracing.plugin] });
    const { body } = await gateway.query("query Figures { objectives { number labourFigures { value } } }");
    expect(body.errors).toBeUndefined();
    // The request's outer span ends as the response goes out; wait for it.
    for (let attempt = 0; attempt < 50; attempt++) {
      await tracing.flush();
      if (exporter.getFinishedSpans().some((span) => span.name === "POST /graphql")) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Only the request's spans: schema loading (gateway.*) makes traces of its own.
    spans = exporter.getFinishedSpans().filter((span) => !span.name.startsWith("gateway."));
    operation = spans.find((span) => span.name === "graphql.operation Figures")!;
  });
  afterAll(async () => {
    await gateway?.[Symbol.asyncDispose]();
    await tracing?.shutdown();
  });

  it("makes a span for the operation, with its name, type and service, and for each phase", () => {
    expect(operation).toBeDefined();
    expect(operation.attributes["graphql.operation.name"]).toBe("Figures");
    expect(operation.attributes["graphql.operation.type"]).toBe("query");
    expect(operation.resource.attributes["service.name"]).toBe("gcm-hub-gateway-test");
    expect(spans.map((span) => span.name)).toEqual(expect.arrayContaining(["POST /graphql", "graphql.parse", "graphql.validate", "graphql.execute"]));
  });

  it("makes one span per subgraph request, naming the subgraph", () => {
    const subgraphSpans = spans.filter((span) => span.attributes["hive.gateway.upstream.subgraph.name"] !== undefined);
    const named = subgraphSpans.map((span) => span.attributes["hive.gateway.upstream.subgraph.name"] as string);
    expect(subgraphSpans.map((span) => span.name)).toEqual(named.map((subgraph) => `subgraph.execute (${subgraph})`));
    expect(named.sort()).toEqual(gateway.requests.map((request) => request.subgraph).sort());
    expect(named.sort()).toEqual(["labour", "plan"]);
  });

  it("puts every span of the request in one trace, under the operation", () => {
    const traceId = operation.spanContext().traceId;
    expect(new Set(spans.map((span) => span.spanContext().traceId))).toEqual(new Set([traceId]));
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    for (const span of spans.filter((candidate) => candidate.name.startsWith("subgraph.execute"))) {
      const ancestors: string[] = [];
      for (let parent = span.parentSpanContext; parent; parent = byId.get(parent.spanId)?.parentSpanContext) ancestors.push(parent.spanId);
      expect(ancestors).toContain(operation.spanContext().spanId);
    }
  });

  it("sends each subgraph a traceparent of that trace, whose parent is the gateway's fetch span", () => {
    const traceId = operation.spanContext().traceId;
    const fetchSpanIds = new Set(spans.filter((span) => span.name === "http.fetch").map((span) => span.spanContext().spanId));
    expect(gateway.requests).toHaveLength(2);
    for (const request of gateway.requests) {
      const [, sentTraceId, parentSpanId] = TRACEPARENT.exec(request.headers.get("traceparent") ?? "") ?? [];
      expect(sentTraceId, `traceparent sent to ${request.subgraph}`).toBe(traceId);
      expect(fetchSpanIds.has(parentSpanId!), `parent span of the request to ${request.subgraph}`).toBe(true);
    }
  });

  it("unregisters the provider on shutdown", async () => {
    expect(providerRegistered()).toBe(true);
    await gateway[Symbol.asyncDispose]();
    await tracing.shutdown();
    expect(providerRegistered()).toBe(false);
    expect(DEFAULT_SERVICE_NAME).toBe("gcm-hub-gateway");
  });
});
