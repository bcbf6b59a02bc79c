// Serves the gateway alone, in front of subgraphs already running. With
// GATEWAY_WORKERS=N it serves from N worker processes behind one port (node's cluster
// module); the primary then serves /metrics, summed over the workers.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { afterLastHandoff, createLogger, logProcessWarnings, readConfigOrExit, runWorkers } from "@gcm-hub/platform";
import { AggregatorRegistry, type PrometheusContentType } from "prom-client";
import { readGatewayConfig, type GatewayConfig } from "./config.js";
import { createGateway, serveMetrics } from "./gateway.js";

/** Milliseconds since this process started (Node's performance clock starts with it). */
const sinceStart = () => Math.round(performance.now());
// Node's own start and every module loaded: the first of the start-up timings.
const modulesLoadedMs = sinceStart();
const config = readConfigOrExit(() => readGatewayConfig());
const log = createLogger("gateway", config.logLevel);
// Written whatever LOG_LEVEL is: scripts and operators wait for these lines.
const announce = log.child({}, { level: "info" });
logProcessWarnings(log);
const clustered = config.workers !== null;
// In the primary, before any worker starts, so it hears every worker's metrics; in each
// worker too: constructing it is what makes a worker answer the primary's requests.
const aggregator = clustered ? new AggregatorRegistry<PrometheusContentType>() : undefined;

await runWorkers({
  workers: config.workers,
  log,
  serve: () => serveGateway(config, clustered),
  onPrimaryReady: () => aggregator && serveClusterMetrics(config, aggregator),
});

async function serveGateway(config: GatewayConfig, clustered: boolean): Promise<void> {
  const gateway = createGateway({ config, metricsListener: !clustered });
  if (clustered) AggregatorRegistry.setRegistries([gateway.registry]);
  const createdMs = sinceStart();
  // Ready before listening: a replica restarted under load, or a worker replacing another in
  // a rolling restart, takes no request while it is still loading, connecting or planning.
  const preparation = await gateway.prepare();
  const preparedMs = sinceStart();
  const url = await gateway.listen();
  // Scripts read the URL from this line: its first http:// text, up to a space or a quote.
  announce.info({ url }, `GCM Hub gateway at ${url}${config.graphiql ? " (GraphiQL: open it in a browser)" : ""}${cluster.isWorker ? ` (worker ${process.pid})` : ""}`);
  // Where a (re)start's time went: the *Ms before readyMs counted from the process's start, the preparation's parts each on its own.
  log.info({ modulesLoadedMs, createdMs, preparedMs, readyMs: sinceStart(), preparation }, "start-up timings");

  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      await gateway.stop();
      await afterLastHandoff();
      process.exit(0);
    });
  }
}

async function serveClusterMetrics(config: GatewayConfig, aggregator: AggregatorRegistry<PrometheusContentType>): Promise<void> {
  const registry = { contentType: aggregator.contentType, metrics: () => aggregator.clusterMetrics() };
  const answer = async (path: string, response: import("node:http").ServerResponse) => {
    try {
      await serveMetrics(registry, path, response);
    } catch (error) {
      // A worker that does not answer in time (one being replaced) costs one scrape, never the primary.
      response.writeHead(503, { "content-type": "text/plain" }).end(`metrics unavailable: ${(error as Error).message}\n`);
    }
  };
  const port = config.metrics.port;
  if (port === null) return; // outside production without METRICS_PORT, each worker answers /metrics on the public port
  const server = createServer((request, response) => void answer(request.url ?? "/", response));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, config.metrics.host, resolve);
  });
  server.unref();
  const address = server.address() as import("node:net").AddressInfo;
  announce.info({ url: `http://${config.host}:${config.port}/graphql` }, `GCM Hub gateway workers (${config.workers}) at http://${config.host}:${config.port}/graphql , metrics of all workers at http://${config.metrics.host}:${address.port}/metrics`);
}
