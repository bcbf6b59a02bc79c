// Prometheus metrics of a subgraph, served at /metrics: GraphQL requests by
// operation and outcome, their latency, and the database pool when there is one.
// One registry per subgraph, so several can share a process (npm start).
import type { ApolloServerPlugin } from "@apollo/server";
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { createOperationLabels } from "@gcm-hub/platform";

export interface SubgraphMetrics {
  readonly registry: Registry;
  /** Apollo plugin that counts and times each operation. */
  readonly plugin: ApolloServerPlugin<object>;
  /** Reports the database pool's connections (PostgreSQL only). */
  observePool(read: () => { total: number; idle: number; waiting: number }): void;
}

export const LATENCY_BUCKETS_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export function createSubgraphMetrics(subgraph: string): SubgraphMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ subgraph });
  const requests = new Counter({ name: "graphql_requests_total", help: "GraphQL operations served, by operation and outcome", labelNames: ["operation", "outcome"], registers: [registry] });
  const latency = new Histogram({ name: "graphql_request_duration_seconds", help: "Time to serve a GraphQL operation", labelNames: ["operation"], buckets: LATENCY_BUCKETS_SECONDS, registers: [registry] });
  const label = createOperationLabels({ known: ["_entities", "anonymous"] });
  return {
    registry,
    plugin: {
      async requestDidStart() {
        const started = performance.now();
        return {
          async willSendResponse({ request, errors, contextValue }) {
            // Named after the client operation the gateway says the request serves; else
            // after the request itself (entity fetches are anonymous: named by what they are).
            const clientOperation = (contextValue as { clientOperation?: string }).clientOperation;
            const operation = label(clientOperation ?? request.operationName ?? (request.query?.includes("_entities") ? "_entities" : "anonymous"));
            requests.inc({ operation, outcome: errors?.length ? "error" : "ok" });
            latency.observe({ operation }, (performance.now() - started) / 1000);
          },
        };
      },
    },
    observePool(read) {
      new Gauge({
        name: "database_pool_connections",
        help: "Database pool connections by state",
        labelNames: ["state"],
        registers: [registry],
        collect() {
          const { total, idle, waiting } = read();
          this.set({ state: "total" }, total);
          this.set({ state: "idle" }, idle);
          this.set({ state: "waiting" }, waiting);
        },
      });
    },
  };
}
