// OpenTelemetry tracing of the gateway, behind OTEL_TRACING. Hive Gateway's own plugin
// makes the spans: the HTTP request, the GraphQL operation (name, type) with its context,
// parse, validate and execute phases, one span per subgraph request (subgraph name) and
// its HTTP fetch. It also writes W3C trace context (`traceparent`) into every subgraph
// request, so a subgraph that reads it joins the same trace.
// The tracer provider is process-wide (the plugin reads the global one), so a process
// runs at most one traced gateway; `shutdown` unregisters it so another can start.
import { createLoggerFromLogging, type GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { ATTR_SERVICE_NAME, useOpenTelemetry } from "@graphql-hive/plugin-opentelemetry";
import { hive } from "@graphql-hive/plugin-opentelemetry/api";
import { disable, openTelemetrySetup } from "@graphql-hive/plugin-opentelemetry/setup";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import { DEFAULT_OTLP_ENDPOINT, DEFAULT_SERVICE_NAME } from "../config.js";

// Defined with the variables they default (config.ts), so that reading the configuration
// does not load OpenTelemetry: npm start forks the subgraphs' process only after it.
export { DEFAULT_OTLP_ENDPOINT, DEFAULT_SERVICE_NAME };

export interface TracingOptions {
  /** Base URL of the OTLP/HTTP receiver; spans are posted to <endpoint>/v1/traces; default DEFAULT_OTLP_ENDPOINT. */
  endpoint?: string;
  /** The `service.name` of every span; default DEFAULT_SERVICE_NAME. */
  serviceName?: string;
  /** Where spans go instead (tests pass an InMemorySpanExporter); default an OTLP/HTTP exporter to `endpoint`. */
  exporter?: SpanExporter;
  /** The gateway's logger, for the setup message and OpenTelemetry's own diagnostics; default Hive's console logger. */
  log?: ReturnType<typeof createLoggerFromLogging>;
}

export interface Tracing {
  /** Put it first among the plugins: its request span then covers the others' work. */
  readonly plugin: GatewayPlugin;
  /** Exports the spans still waiting in the batch. */
  flush(): Promise<void>;
  /** Exports what is left (a failure is logged, not thrown), then unregisters the provider, context manager and propagators. */
  shutdown(): Promise<void>;
}

export function createTracing({ endpoint = DEFAULT_OTLP_ENDPOINT, serviceName = DEFAULT_SERVICE_NAME, exporter, log = createLoggerFromLogging(true) }: TracingOptions = {}): Tracing {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
    // Batched, so a request never waits on the collector; a slow or absent collector drops spans, not requests.
    spanProcessors: [new BatchSpanProcessor(exporter ?? new OTLPTraceExporter({ url: `${endpoint}/v1/traces` }))],
  });
  openTelemetrySetup({
    traces: { tracerProvider: provider },
    // Keeps the active span across awaits, so spans nest under the right parent.
    contextManager: new AsyncLocalStorageContextManager(),
    log,
  });
  const plugin = useOpenTelemetry({
    log,
    traces: true,
    // Our provider is flushed and shut down by `shutdown`, after the runtime is disposed.
    flushOnDispose: false,
  });
  return {
    plugin,
    flush: () => provider.forceFlush(),
    async shutdown() {
      try {
        await provider.shutdown();
      } catch (error) {
        // A collector that is down must not stop the gateway from stopping.
        log.warn(`Could not export the last spans: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        disable();
        hive.disable();
      }
    },
  };
}
