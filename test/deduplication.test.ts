// In-flight deduplication of subgraph requests: identical reads that reach the
// gateway at the same time cost the subgraph one request, unless switched off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSlowProxy, type SlowProxy } from "./support/slowProxy.js";
import { startTestHub, type TestHub } from "./support/testHub.js";

const DELAY_MS = 300;
const CONCURRENT = 10;
let hub: TestHub;
let proxy: SlowProxy;
let planRequests = 0;

beforeAll(async () => {
  proxy = await startSlowProxy(DELAY_MS);
  proxy.onRequest = (method) => {
    if (method === "POST") planRequests += 1;
  };
  // No response cache: every request must reach the subgraph layer.
  hub = await startTestHub({ gatewayEnv: { RESPONSE_CACHE_TTL_MS: "0" }, gatewaySubgraphUrls: { plan: proxy.url } });
  proxy.target = new URL(hub.hub.subgraphs.find((subgraph) => subgraph.name === "plan")!.url).origin;
});
afterAll(async () => {
  await hub?.close();
  await proxy?.close();
});

async function concurrentReads(url: string): Promise<number> {
  planRequests = 0;
  const responses = await Promise.all(
    Array.from({ length: CONCURRENT }, () =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ objectives { number } }" }) }).then((response) => response.json()),
    ),
  );
  for (const body of responses) expect((body as { data: { objectives: unknown[] } }).data.objectives).toHaveLength(23);
  return planRequests;
}

describe("subgraph request deduplication", () => {
  it("sends identical concurrent reads of one caller to the subgraph once", async () => {
    // The request's credential is made after deduplication, so the shared request is one.
    expect(await concurrentReads(hub.hub.gatewayUrl)).toBe(1);
  });

  it("sends each read when SUBGRAPH_DEDUPLICATION=false", async () => {
    const gateway = await hub.startGateway({ RESPONSE_CACHE_TTL_MS: "0", SUBGRAPH_DEDUPLICATION: "false", SUBGRAPH_URL_PLAN: proxy.url });
    try {
      expect(await concurrentReads(gateway.url)).toBe(CONCURRENT);
    } finally {
      await gateway.stop();
    }
  });
});
