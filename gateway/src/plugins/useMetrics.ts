// Prometheus metrics of the gateway, served at /metrics: operations by name and
// outcome with their latency, and every subgraph fetch with its latency and errors.
// Operation names are the client's choice, so they are bounded labels (see the kit's
// operationNames): unknown names beyond a fixed number share one label.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { getOperationAST } from "graphql";
import { Counter, Histogram, Registry } from "prom-client";
import { createOperationLabels } from "@gcm-hub/platform";
import { SUBGRAPH_UNAVAILABLE } from "../errors.js";

export interface MetricsOptions {
  /** Path served on the gateway's own listener; default "/metrics"; null serves nothing there (a separate listener does). */
  path?: string | null;
  /** Registry to use (tests, or to add cache metrics); default a new one. */
  registry?: Registry;
  /** Maps a client's operation name to a bounded label; default createOperationLabels(). */
  operationLabel?: (name: string | null | undefined) => string;
  /** Requests left out of every metric (the gateway's own warm-up, whose cold latency is no client's); default none. */
  ignore?: (request: Request) => boolean;
}

type RequestContext = { request?: Request } | undefined;

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export interface MetricsPlugin extends GatewayPlugin {
  /**
   * For an operation answered before the GraphQL server sees it (a cached answer): a
   * function that counts one answer of it as one executed, its labels bound once.
   */
  answered(operationName: string | undefined): (seconds: number) => void;
}

export function useMetrics({ path = "/metrics", registry = new Registry(), operationLabel = createOperationLabels(), ignore = () => false }: MetricsOptions = {}): MetricsPlugin {
  const ignored = (context: unknown) => {
    const request = (context as RequestContext)?.request;
    return request !== undefined && ignore(request);
  };
  const operations = new Counter({ name: "gateway_operations_total", help: "Operations executed, by operation name and outcome", labelNames: ["operation", "outcome"], registers: [registry] });
  const latency = new Histogram({ name: "gateway_operation_duration_seconds", help: "Time to execute an operation", labelNames: ["operation"], buckets: BUCKETS, registers: [registry] });
  const fetches = new Histogram({ name: "gateway_subgraph_fetch_duration_seconds", help: "Time of each subgraph request", labelNames: ["subgraph"], buckets: BUCKETS, registers: [registry] });
  const fetchErrors = new Counter({ name: "gateway_subgraph_fetch_errors_total", help: "Subgraph requests that failed or returned errors", labelNames: ["subgraph"], registers: [registry] });
  return {
    answered(operationName) {
      const operation = operationName === undefined ? "anonymous" : operationLabel(operationName);
      const ok = operations.labels({ operation, outcome: "ok" });
      const duration = latency.labels({ operation });
      return (seconds) => {
        ok.inc();
        duration.observe(seconds);
      };
    },
    async onRequest({ url, endResponse }) {
      if (path === null || url.pathname !== path) return;
      endResponse(new Response(await registry.metrics(), { headers: { "content-type": registry.contentType } }));
    },
    onExecute({ args }) {
      if (ignored(args.contextValue)) return;
      const started = performance.now();
      const name = getOperationAST(args.document, args.operationName)?.name?.value;
      const operation = name === undefined ? "anonymous" : operationLabel(name);
      return {
        onExecuteDone({ result }) {
          const failed = "errors" in result && Boolean(result.errors?.length);
          operations.inc({ operation, outcome: failed ? "error" : "ok" });
          latency.observe({ operation }, (performance.now() - started) / 1000);
        },
      };
    },
    onSubgraphExecute({ subgraphName, executionRequest }) {
      if (ignored(executionRequest.context)) return;
      const started = performance.now();
      return ({ result }) => {
        const errors = "errors" in result ? (result.errors ?? []) : [];
        // A fetch its open circuit refused never left the gateway: an error, but no fetch time.
        const refused = errors.length > 0 && errors.every((error) => error.extensions?.code === SUBGRAPH_UNAVAILABLE);
        if (!refused) fetches.observe({ subgraph: subgraphName }, (performance.now() - started) / 1000);
        if (errors.length) fetchErrors.inc({ subgraph: subgraphName });
      };
    },
  };
}
