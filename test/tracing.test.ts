// OpenTelemetry behind OTEL_TRACING. On, a golden operation makes one trace: a span for
// the operation with its name and type, its parse/validate/execute phases, one span per
// subgraph request naming the subgraph, and every subgraph request carries that trace's
// `traceparent`. Off, no provider is registered and no span is made.
// The provider is process-wide: this file is one process, its gateways run one at a time.
import { Writable } from "node:stream";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trace } from "@opentelemetry/api";
import { createLogger } from "@gcm-hub/kit";
import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { ObjectiveDashboardDocument } from "../schema/generated/graphql.js";
import { readGatewayConfig } from "../gateway/src/config.js";
import { createGateway, type Gateway } from "../gateway/src/gateway.js";
import { startSlowProxy, type SlowProxy } from "./support/slowProxy.js";
import { plannerEnv, startTestHub, type TestHub } from "./support/testHub.js";

const DASHBOARD = JSON.stringify({ query: print(ObjectiveDashboardDocument), operationName: "ObjectiveDashboard" });
/** Every subgraph ObjectiveDashboard reads: the plan's objectives, then each department's figures. */
const DASHBOARD_SUBGRAPHS = ["border", "diaspora", "integration", "labour", "plan", "social"];
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]$/;

/** A subgraph request as the subgraph received it. */
interface Received {
  subgraph: string;
  traceparent: string | undefined;
}

/** The subgraphs' "graphql request" log lines. */
const logLines: { subgraph?: string; traceId?: string; msg?: string }[] = [];
const logDestination = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split("\n").filter(Boolean)) logLines.push(JSON.parse(line));
    done();
  },
});

let hub: TestHub;
let proxies: { name: string; proxy: SlowProxy }[] = [];
const received: Received[] = [];

beforeAll(async () => {
  hub = await startTestHub({ log: createLogger("hub", "info", logDestination) });
  // Each subgraph behind a pass-through proxy that notes the headers the gateway sent.
  proxies = await Promise.all(
    hub.hub.subgraphs.map(async ({ name, url }) => {
      const proxy = await startSlowProxy(0);
      proxy.target = new URL(url).origin;
      proxy.onRequest = (method, headers) => {
        if (method === "POST") received.push({ subgraph: name, traceparent: headers.traceparent as string | undefined });
      };
      return { name, proxy };
    }),
  );
});
afterAll(async () => {
  await Promise.all(proxies.map(({ proxy }) => proxy.close()));
  await hub?.close();
});

/** A gateway in front of the proxies; RESPONSE_CACHE_TTL_MS=0 so every request reaches the subgraphs. */
async function startGateway(env: Record<string, string>, exporter: InMemorySpanExporter) {
  const config = readGatewayConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", RESPONSE_CACHE_TTL_MS: "0", ...plannerEnv, ...env });
  const subgraphUrls = Object.fromEntries(proxies.map(({ name, proxy }) => [name, proxy.url]));
  const gateway = createGateway({ config: { ...config, subgraphUrls }, tracing: { exporter } });
  return { gateway, url: await gateway.listen(0) };
}

async function dashboard(url: string) {
  received.length = 0;
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: DASHBOARD });
  const body = (await response.json()) as { data?: { objectives: unknown[] }; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  expect(body.data!.objectives.length).toBeGreaterThan(0);
}

/** True when a span started now would be recorded: some provider is registered. */
function providerRegistered() {
  const probe = trace.getTracer("probe").startSpan("probe");
  probe.end();
  return probe.isRecording() || trace.isSpanContextValid(probe.spanContext());
}

describe("tracing off (the default)", () => {
  const exporter = new InMemorySpanExporter();
  let gateway: Gateway;
  let url: string;
  beforeAll(async () => {
    ({ gateway, url } = await startGateway({}, exporter));
  });
  afterAll(() => gateway?.stop());

  it("registers no provider, records no span and sends no traceparent", async () => {
    await dashboard(url);
    await gateway.flushTraces();
    expect(providerRegistered()).toBe(false);
    expect(exporter.getFinishedSpans()).toEqual([]);
    expect(received.length).toBeGreaterThan(0);
    expect(received.filter((request) => request.traceparent !== undefined)).toEqual([]);
  });
});

describe("tracing on", () => {
  const exporter = new InMemorySpanExporter();
  let gateway: Gateway | undefined;
  let url: string;
  let spans: ReadableSpan[];
  let operation: ReadableSpan;
  beforeAll(async () => {
    const started = await startGateway({ OTEL_TRACING: "true", OTEL_SERVICE_NAME: "gcm-hub-gateway-test" }, exporter);
    ({ gateway, url } = started);
    await started.gateway.flushTraces();
    exporter.reset();
    await dashboard(url);
    // The request's outer span ends as the response goes out; wait for it.
    for (let attempt = 0; attempt < 50; attempt++) {
      await started.gateway.flushTraces();
      if (exporter.getFinishedSpans().some((span) => span.name === "POST /graphql")) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Only the request's spans: start-up and schema loading (gateway.*) make traces of their own.
    spans = exporter.getFinishedSpans().filter((span) => !span.name.startsWith("gateway."));
    operation = spans.find((span) => span.attributes["graphql.operation.name"] === "ObjectiveDashboard" && span.name.startsWith("graphql.operation"))!;
  });
  afterAll(() => gateway?.stop());

  it("makes a span for the operation, with its name and type, and for each phase", () => {
    expect(operation).toBeDefined();
    expect(operation.name).toBe("graphql.operation ObjectiveDashboard");
    expect(operation.attributes["graphql.operation.type"]).toBe("query");
    expect(operation.resource.attributes["service.name"]).toBe("gcm-hub-gateway-test");
    const names = spans.map((span) => span.name);
    expect(names).toEqual(expect.arrayContaining(["POST /graphql", "graphql.parse", "graphql.validate", "graphql.execute"]));
  });

  it("makes one span per subgraph request, naming the subgraph, for every subgraph touched", () => {
    const subgraphSpans = spans.filter((span) => span.attributes["hive.gateway.upstream.subgraph.name"] !== undefined);
    const named = subgraphSpans.map((span) => span.attributes["hive.gateway.upstream.subgraph.name"] as string);
    expect(subgraphSpans.map((span) => span.name)).toEqual(named.map((subgraph) => `subgraph.execute (${subgraph})`));
    expect([...new Set(named)].sort()).toEqual(DASHBOARD_SUBGRAPHS);
    // One span per request the subgraphs actually received, no more, no fewer.
    expect(named.sort()).toEqual(received.map((request) => request.subgraph).sort());
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
    expect(received.length).toBeGreaterThanOrEqual(DASHBOARD_SUBGRAPHS.length);
    for (const { subgraph, traceparent } of received) {
      const [, sentTraceId, parentSpanId] = TRACEPARENT.exec(traceparent ?? "") ?? [];
      expect(sentTraceId, `traceparent sent to ${subgraph}: ${traceparent}`).toBe(traceId);
      expect(fetchSpanIds.has(parentSpanId!), `parent span of the request to ${subgraph}`).toBe(true);
    }
  });

  it("writes the trace id on each subgraph's log line for the request, so logs and traces meet", () => {
    const traceId = operation.spanContext().traceId;
    const traced = logLines.filter((line) => line.msg === "graphql request" && line.traceId === traceId);
    expect([...new Set(traced.map((line) => line.subgraph))].sort()).toEqual(DASHBOARD_SUBGRAPHS);
  });

  it("unregisters the provider when the gateway stops", async () => {
    expect(providerRegistered()).toBe(true);
    await gateway!.stop();
    gateway = undefined;
    expect(providerRegistered()).toBe(false);
  });
});
