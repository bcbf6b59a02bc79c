// The gateway: Hive Gateway's runtime serving the committed supergraph, with the
// hub's limits, error policy, timeouts, health and readiness, and offline GraphiQL.
// Built apart from listen so tests can run it on any port against any subgraphs.
import fs from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo, LookupFunction } from "node:net";
import { createGatewayRuntime, Logger as HiveLogger, type GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { PinoLogWriter } from "@graphql-hive/logger/writers/pino";
import httpTransport from "@graphql-mesh/transport-http";
import { createLogger, createOperationLabels, DEFAULT_DRAIN_TIMEOUT_MS, drainHttpServer, type Logger } from "@gcm-hub/platform";
import { getOperationAST, parse } from "graphql";
import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { Counter, Registry } from "prom-client";
import { DEFAULT_OPERATIONS_DIR, type GatewayConfig } from "./config.js";
import { createErrorMasker } from "./errors.js";
import { exampleTabs, renderGraphiQL } from "./graphiql.js";
import { DEFAULT_APQ_STORE_BYTES, PersistedQueryStore, useAutomaticPersistedQueries } from "./plugins/useAutomaticPersistedQueries.js";
import { createCachedAnswers, type CachedAnswers } from "./cachedAnswers.js";
import { useBodyLimit } from "./plugins/useBodyLimit.js";
import { useCallerIdentity } from "./plugins/useCallerIdentity.js";
import { useClientOperationName } from "./plugins/useClientOperationName.js";
import { useDistinctErrors } from "./plugins/useDistinctErrors.js";
import { useExport } from "./plugins/useExport.js";
import { useMetrics } from "./plugins/useMetrics.js";
import { createResponseCaching } from "./plugins/useResponseCaching.js";
import { useOperationLimits } from "./plugins/useOperationLimits.js";
import { usePartialAnswers } from "./plugins/usePartialAnswers.js";
import { useRequestRefusals } from "./plugins/useRequestRefusals.js";
import { useRequestIds } from "./plugins/useRequestIds.js";
import { useSubgraphBreakers } from "./plugins/useSubgraphBreakers.js";
import { DEFAULT_PROBE_TIMEOUT_MS, DEFAULT_READINESS_PATH, probeSubgraph, useSubgraphReadiness } from "./plugins/useSubgraphReadiness.js";
import { useTrustedDocuments } from "./plugins/useTrustedDocuments.js";
import { useVariableErrorStatus } from "./plugins/useVariableErrorStatus.js";
import { useWebPages } from "./plugins/useWebPages.js";
import { createTracing, type TracingOptions } from "./plugins/useTracing.js";
import { TrustedOperations } from "./operationStore.js";
import { createSubgraphBreakers } from "./subgraphBreakers.js";
import { createSubgraphAgents } from "./subgraphConnections.js";
import { readSupergraph } from "./supergraph.js";
import { loadTrustedDocuments, type TrustedDocuments } from "./trustedDocuments.js";
import { createWebAssets } from "./webAssets.js";
import { DEFAULT_WARM_UP_WAIT_MS, warmUp } from "./warmUp.js";

export const GRAPHQL_ENDPOINT = "/graphql";
/** How long listen() waits for Redis before serving uncached. */
export const REDIS_CONNECT_WAIT_MS = 3000;
/**
 * CSRF prevention: a request a browser could send cross-site without a CORS
 * preflight (a GET, or a text/plain or form POST) must carry one of these headers.
 */
export const CSRF_HEADERS = ["x-graphql-csrf", "x-graphql-client-name", "apollo-require-preflight"];

export interface GatewayOptions {
  config: GatewayConfig;
  /** Folder of example operations shown in GraphiQL; default schema/operations. */
  operationsDir?: string;
  /** Extra plugins (tests, metrics). */
  plugins?: GatewayPlugin[];
  /** With OTEL_TRACING on: where spans go (tests: an InMemorySpanExporter); default OTLP to the configured endpoint. */
  tracing?: Pick<TracingOptions, "exporter">;
  /** Open the METRICS_PORT listener in listen(); default true. A cluster worker leaves it to its primary, which sums the workers' metrics. */
  metricsListener?: boolean;
  /** How subgraph host names are looked up (shared per name, see subgraphConnections.ts); default dns.lookup. */
  hostLookup?: LookupFunction;
}

/** How long each part of prepare() took, in ms, and how the trusted reads went. */
export interface Preparation {
  supergraphMs: number;
  redisMs: number;
  warmUpMs: number;
  warmUpReads: number;
  warmUpAnswered: number;
}

export interface Gateway {
  readonly runtime: ReturnType<typeof createGatewayRuntime>;
  /** The gateway's Prometheus metrics. */
  readonly registry: Registry;
  /**
   * Readies the gateway for its first requests, before listen(): loads the supergraph and
   * the query planner, connects Redis, runs every trusted read once (warmUp.ts), waiting
   * for them at most `warmUpWaitMs` (default DEFAULT_WARM_UP_WAIT_MS), and probes readiness once.
   */
  prepare(warmUpWaitMs?: number): Promise<Preparation>;
  listen(port?: number, host?: string): Promise<string>;
  /** Where /metrics is served when it has a listener of its own (METRICS_PORT; always in production). */
  metricsUrl(): string | undefined;
  /** Exports the spans still waiting in the batch; nothing to do with tracing off. */
  flushTraces(): Promise<void>;
  /** Re-reads the published client manifests now if they changed (otherwise done every SUPERGRAPH_POLL_MS). */
  refreshOperations(): void;
  stop(): Promise<void>;
}

/** The trusted queries by name, for GraphiQL's CSV download. */
function trustedQueries(trusted: TrustedDocuments): { name: string; hash: string }[] {
  return [...trusted].flatMap(([hash, document]) => {
    const operation = getOperationAST(parse(document));
    return operation?.name && operation.operation === "query" ? [{ name: operation.name.value, hash }] : [];
  });
}

/** The trusted operations' names: each always gets a metric label of its own. */
function operationNames(trusted: TrustedDocuments): string[] {
  return [...trusted.values()].flatMap((document) => getOperationAST(parse(document))?.name?.value ?? []);
}

function logLevel(config: GatewayConfig) {
  if (config.logLevel === "silent") return false;
  if (config.logLevel === "fatal") return "error";
  if (config.logLevel === "trace") return "debug";
  return config.logLevel;
}

/** Hive Gateway's own messages (subgraph errors among them) as lines of our logger: one JSON object each, with our fields. */
function hiveLogger(log: Logger, config: GatewayConfig): HiveLogger {
  return new HiveLogger({ level: logLevel(config), writers: [new PinoLogWriter(log)] });
}

export function createGateway({ config, operationsDir = DEFAULT_OPERATIONS_DIR, plugins = [], tracing: tracingOptions, metricsListener = true, hostLookup }: GatewayOptions): Gateway {
  if (!fs.existsSync(config.supergraphPath)) {
    throw new Error(`No supergraph at ${config.supergraphPath}; run \`npm run compose\` first (or set SUPERGRAPH_PATH).`);
  }
  const log = createLogger("gateway", config.logLevel);
  const runtimeLog = hiveLogger(log, config);
  const supergraph = readSupergraph(config.supergraphPath, (reason) => log.error(reason));
  const subgraphUrls = () => ({ ...supergraph.subgraphUrls(), ...config.subgraphUrls });
  const subgraphAgents = createSubgraphAgents(hostLookup);
  // The hub's own operations: exports, GraphiQL's downloads, metric labels and the warm-up
  // are theirs (their names are unique; two clients may share a name).
  const trusted = loadTrustedDocuments(config.trustedDocumentsPath);
  // What runs by hash: the hub's and every published client manifest's (OPERATIONS_DIR).
  const runnable = new TrustedOperations({ hub: trusted, dir: config.operationsDir, pollMs: config.supergraphPollMs, onError: (reason) => log.error(reason) });
  const webAssets = createWebAssets();
  const registry = new Registry();
  const operationLabel = createOperationLabels({ known: operationNames(trusted) });
  /** The gateway's own warm-up requests: never answered from the cache (which would leave them unplanned), never counted in metrics. */
  const warmUpRequests = new WeakSet<Request>();
  const isWarmUp = (request: Request) => warmUpRequests.has(request);
  const cacheLookups = new Counter({ name: "gateway_response_cache_lookups_total", help: "Response cache lookups, by result", labelNames: ["result"], registers: [registry] });
  const [lookupHits, lookupMisses] = [cacheLookups.labels({ result: "hit" }), cacheLookups.labels({ result: "miss" })];
  const metrics = useMetrics({ registry, operationLabel, path: config.metrics.port === null ? "/metrics" : null, ignore: isWarmUp });
  // A subgraph that has stopped answering is refused at once, not waited for by every read.
  const breakers = createSubgraphBreakers({
    ...config.subgraphBreaker,
    probe: async (subgraph) => {
      const url = subgraphUrls()[subgraph];
      // Gone from the supergraph: nothing is sent to it, so nothing is left to refuse.
      if (url === undefined) return true;
      return (await probeSubgraph(url, DEFAULT_PROBE_TIMEOUT_MS, subgraphAgents.agentFor)) === "ready";
    },
    log,
    registry,
  });
  // Outside production: the operations APQ registered, which run by hash like the trusted ones.
  const registered = new PersistedQueryStore(DEFAULT_APQ_STORE_BYTES);
  let cachedAnswers: CachedAnswers | undefined;
  const caching = config.responseCacheTtlMs > 0
    ? createResponseCaching({
        ttlMs: config.responseCacheTtlMs,
        redisUrl: config.redisUrl,
        redisKeyPrefix: config.redisKeyPrefix,
        answerCopyBytes: config.responseCacheCopyBytes,
        onLookup: (hit) => (hit ? lookupHits : lookupMisses).inc(),
        supergraph: () => supergraph.served(),
        log,
        bypass: isWarmUp,
        onKeyBuilt: (context, read) => cachedAnswers?.remember(context, read),
      })
    : undefined;
  let redisConnected: Promise<void> | undefined;
  // Once: listen() after prepare() must not wait for an unreachable Redis a second time.
  const redisConnection = () => (redisConnected ??= caching?.connected(REDIS_CONNECT_WAIT_MS) ?? Promise.resolve());
  // Off: no OpenTelemetry provider is registered and no span is made.
  const tracing = config.tracing.enabled
    ? createTracing({ endpoint: config.tracing.endpoint, serviceName: config.tracing.serviceName, exporter: tracingOptions?.exporter, log: runtimeLog })
    : undefined;
  // A repeated anonymous read answered from the cache at the HTTP layer; with tracing on,
  // every request goes through the GraphQL server, which makes its spans.
  if (caching && !tracing) {
    cachedAnswers = createCachedAnswers({
      caching,
      graphqlEndpoint: GRAPHQL_ENDPOINT,
      maxBodyBytes: config.maxBodyBytes,
      trustedOperationsOnly: config.trustedOperationsOnly,
      documentOf: (hash) => runnable.get(hash) ?? (config.trustedOperationsOnly ? undefined : registered.get(hash)),
      cors: config.corsOrigins.length > 0,
      supergraph: () => supergraph.current(),
      pollMs: config.supergraphPollMs,
      answerMetrics: (operationName) => metrics.answered(operationName),
    });
  }
  const runtime = createGatewayRuntime({
    supergraph: () => supergraph.current(),
    pollingInterval: config.supergraphPollMs,
    // A new supergraph must not cut the requests running on the previous one: they finish
    // on it (for up to a read and its retry), then it is released. Without this, a reload
    // under load failed the requests in flight (36 of 2,828 at 50 connections, measured).
    gracefulSchemaReload: { drainTimeout: 2 * config.subgraphTimeoutMs + 1000 },
    // QUERY_PLANNER=rust: Hive Router's planner, imported only when chosen (js costs nothing).
    unifiedGraphHandler: config.queryPlanner === "rust" ? async (options) => (await import("@graphql-hive/router-runtime")).unifiedGraphHandler(options) : undefined,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: "/healthz",
    // The runtime's own readiness only says the schema is loaded; ours probes the subgraphs.
    readinessCheckEndpoint: "/schema-loaded",
    landingPage: false,
    // Ours (useRequestIds) never adopts the client's id as the gateway's.
    requestId: false,
    logging: runtimeLog,
    graphiql: config.graphiql ? { title: "GCM Hub", defaultTabs: exampleTabs(operationsDir) } : false,
    renderGraphiQL: (options) => renderGraphiQL(options, { graphqlEndpoint: GRAPHQL_ENDPOINT, trustedOperations: trustedQueries(trusted) }),
    maskedErrors: { maskError: createErrorMasker(() => supergraph.served()), errorMessage: "Unexpected error." },
    disableIntrospection: config.introspection ? undefined : { disableIf: () => true },
    batching: config.maxBatchSize > 1 ? { limit: config.maxBatchSize } : false,
    cors: config.corsOrigins.length > 0 ? { origin: [...config.corsOrigins], credentials: true } : false,
    csrfPrevention: { requestHeaders: CSRF_HEADERS },
    upstreamTimeout: config.subgraphTimeoutMs,
    customAgent: ({ url }) => subgraphAgents.agentFor(url),
    // A read can be retried once on a transport failure; a mutation never is.
    upstreamRetry: ({ executionRequest }) =>
      executionRequest.operationType === "query" ? { maxRetries: 1, retryDelay: 100 } : undefined,
    // Imported here, not by name on the first subgraph request: in the production bundle it
    // shares the bundle's graphql, and the first requests do not wait for it to load.
    transports: { http: httpTransport },
    transportEntries: {
      // Every HTTP subgraph: the executor's in-flight deduplication, on unless configured off.
      "*.http": { options: { deduplicateInflightRequests: config.subgraphDeduplication } },
      ...Object.fromEntries(Object.entries(config.subgraphUrls).map(([subgraph, location]) => [subgraph, { location }])),
    },
    plugins: () => [
      ...(tracing ? [tracing.plugin] : []),
      useRequestIds(),
      // Yoga's own refusals (CSRF, 404, 406, 415) answered with a code and what to send instead.
      useRequestRefusals({ graphqlEndpoint: GRAPHQL_ENDPOINT }),
      // The dashboard at / and the bundled assets of it and GraphiQL.
      useWebPages({ assets: webAssets }),
      // GET /export/<Operation>.csv|json runs a trusted operation through this same runtime.
      useExport({ trusted, run: (request: Request): Promise<Response> => Promise.resolve(runtime.fetch(request)), graphqlEndpoint: GRAPHQL_ENDPOINT, maxRows: config.exportMaxRows }),
      metrics,
      useSubgraphReadiness({
        subgraphs: subgraphUrls,
        dependencies: () => cacheDependency(caching),
        agentFor: subgraphAgents.agentFor,
        onProbed: (subgraph, state) => state === "ready" && breakers.answered(subgraph),
      }),
      useSubgraphBreakers(breakers),
      useCallerIdentity({ verification: config.tokens, signingKey: config.signingKey }),
      useBodyLimit({ maxBytes: config.maxBodyBytes }),
      useOperationLimits(config.limits),
      useClientOperationName({ operationLabel }),
      // Repeated errors first (one per entity of a failed fetch), then the answer completed.
      useDistinctErrors(),
      usePartialAnswers({ supergraph: () => supergraph.served() }),
      useVariableErrorStatus(),
      // Production runs only the trusted documents, sent by hash; elsewhere any operation, with
      // APQ: a new operation's hash and text sent together run and are registered on first use.
      config.trustedOperationsOnly ? useTrustedDocuments({ trusted: runnable }) : useAutomaticPersistedQueries({ trusted: runnable }, registered),
      ...(cachedAnswers ? [cachedAnswers.plugin] : []),
      ...(caching?.plugins ?? []),
      // With introspection off, "Did you mean ...?" would leak the schema field by field.
      ...(config.introspection ? [] : [blockFieldSuggestionsPlugin() as GatewayPlugin]),
      ...plugins,
    ],
  });

  let server: Server | undefined;
  let metricsServer: Server | undefined;
  return {
    runtime,
    registry,
    async prepare(warmUpWaitMs = DEFAULT_WARM_UP_WAIT_MS) {
      const started = performance.now();
      const since = () => Math.round(performance.now() - started);
      const redis = redisConnection().then(since);
      await runtime.fetch("http://gateway/schema-loaded");
      const supergraphMs = since();
      const run = (request: Request) => {
        warmUpRequests.add(request);
        return Promise.resolve(runtime.fetch(request));
      };
      // Readiness too: its first probe of the subgraphs must not make the load balancer wait.
      const [{ reads, answered }] = await Promise.all([
        warmUp({ trusted, run, graphqlEndpoint: GRAPHQL_ENDPOINT, waitMs: warmUpWaitMs }),
        runtime.fetch(`http://gateway${DEFAULT_READINESS_PATH}`),
      ]);
      const warmUpMs = since() - supergraphMs;
      return { supergraphMs, redisMs: await redis, warmUpMs, warmUpReads: reads, warmUpAnswered: answered };
    },
    async listen(port = config.port, host = config.host) {
      leaveShutdownToStop();
      // Serve cached from the first request when Redis answers; start degraded (uncached) when it does not.
      await redisConnection();
      server = createServer(cachedAnswers ? cachedAnswers.handler(runtime) : runtime);
      server.keepAliveTimeout = 65_000;
      await listening(server, port, host);
      if (config.metrics.port !== null && metricsListener) {
        metricsServer = createServer((request, response) => void serveMetrics(registry, request.url ?? "/", response));
        await listening(metricsServer, config.metrics.port, config.metrics.host);
      }
      return `http://${host}:${(server.address() as AddressInfo).port}${GRAPHQL_ENDPOINT}`;
    },
    metricsUrl() {
      return metricsServer ? `http://${config.metrics.host}:${(metricsServer.address() as AddressInfo).port}/metrics` : undefined;
    },
    async flushTraces() {
      await tracing?.flush();
    },
    refreshOperations() {
      runnable.refresh();
    },
    async stop() {
      if (server) await drainHttpServer(server, DEFAULT_DRAIN_TIMEOUT_MS);
      if (metricsServer) await drainHttpServer(metricsServer, DEFAULT_DRAIN_TIMEOUT_MS);
      runnable.close();
      breakers.stop();
      await runtime.dispose();
      subgraphAgents.destroy();
      await caching?.close();
      await tracing?.shutdown();
    },
  };
}

/**
 * Hive's runtime disposes itself on SIGINT and SIGTERM (its server adapter's
 * disposeOnProcessTerminate, set to true by the runtime with no option), which aborts the
 * requests in flight with SHUTTING_DOWN while stop() is still draining them (seen in a
 * rolling restart of the gateway's workers). Draining, then disposing, is stop()'s: the
 * adapter's own handlers are taken away (registered once per process, when it first
 * needs them).
 */
function leaveShutdownToStop(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    for (const listener of process.listeners(signal)) if (listener.name === "terminateHandler") process.off(signal, listener);
  }
}

/** The shared cache, for readiness: Redis down makes the gateway "degraded" (it answers uncached). */
function cacheDependency(caching: ReturnType<typeof createResponseCaching> | undefined): Record<string, { ok: boolean; state: string }> {
  const state = caching?.redisState();
  return state ? { redis: state } : {};
}

function listening(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
}

export async function serveMetrics(registry: Pick<Registry, "contentType" | "metrics">, path: string, response: import("node:http").ServerResponse): Promise<void> {
  if (path !== "/metrics") {
    response.writeHead(404, { "content-type": "text/plain" }).end("Not found: metrics are at /metrics\n");
    return;
  }
  response.writeHead(200, { "content-type": registry.contentType }).end(await registry.metrics());
}
