// QUERY_PLANNER switches the gateway's federation query planner: js (Hive Gateway's own)
// or rust (Hive Router's, a native addon). Only the rust one makes a Hive Router query
// plan, and both give every golden operation the same data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { useQueryPlan } from "@graphql-hive/router-runtime";
import { readGatewayConfig, type QueryPlanner } from "../gateway/src/config.js";
import { createGateway, type Gateway } from "../gateway/src/gateway.js";
import { goldenOperations } from "./support/goldenOperations.js";
import { startTestHub, type TestHub } from "./support/testHub.js";

let hub: TestHub;
const gateways = new Map<QueryPlanner, { gateway: Gateway; url: string; plans: unknown[] }>();

beforeAll(async () => {
  hub = await startTestHub();
  const subgraphUrls = Object.fromEntries(hub.hub.subgraphs.map(({ name, url }) => [name, url]));
  for (const planner of ["js", "rust"] as const) {
    const config = readGatewayConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", RESPONSE_CACHE_TTL_MS: "0", QUERY_PLANNER: planner });
    const plans: unknown[] = [];
    const gateway = createGateway({ config: { ...config, subgraphUrls }, plugins: [useQueryPlan({ onQueryPlan: (plan) => plans.push(plan) }) as GatewayPlugin] });
    gateways.set(planner, { gateway, url: await gateway.listen(0), plans });
  }
});
afterAll(async () => {
  for (const { gateway } of gateways.values()) await gateway.stop();
  await hub?.close();
});

async function query(planner: QueryPlanner, document: string) {
  const response = await fetch(gateways.get(planner)!.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: document }) });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

describe("QUERY_PLANNER", () => {
  const operations = goldenOperations();

  it("rust plans with Hive Router's query planner; js does not", async () => {
    const { document } = operations[0]!;
    for (const planner of ["js", "rust"] as const) {
      gateways.get(planner)!.plans.length = 0;
      expect((await query(planner, document)).errors).toBeUndefined();
    }
    expect(gateways.get("js")!.plans).toEqual([undefined]);
    expect(gateways.get("rust")!.plans).toEqual([expect.objectContaining({ kind: "QueryPlan" })]);
  });

  it.each(operations.map((operation) => [operation.name, operation.document]))("%s gives identical results on both planners", async (_, document) => {
    const [js, rust] = await Promise.all([query("js", document), query("rust", document)]);
    expect(js.errors).toBeUndefined();
    expect(rust.errors).toBeUndefined();
    expect(rust.data).toEqual(js.data);
  });
});
