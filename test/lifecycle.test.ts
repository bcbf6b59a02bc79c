// Gateway lifecycle: before it listens, a gateway runs every trusted read once (never
// from the cache, never a write, never waiting long for a slow subgraph); a new
// supergraph file is picked up without a restart, an invalid one is refused while the
// last good one keeps serving, and stopping drains in-flight requests.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { getOperationAST, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SUPERGRAPH_PATH, readGatewayConfig } from "../gateway/src/config.js";
import { createGateway } from "../gateway/src/gateway.js";
import { loadTrustedDocuments } from "../gateway/src/trustedDocuments.js";
import { startSlowProxy } from "./support/slowProxy.js";
import { startTestHub, type TestHub } from "./support/testHub.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

async function query(url: string, document: string) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: document }) });
  return (await response.json()) as { data?: any; errors?: { message: string }[] };
}

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A gateway in front of the hub's subgraphs (or `subgraphUrls`), with `plugins` seeing its requests; not listening. */
function unstartedGateway(plugins: GatewayPlugin[], subgraphUrls: Record<string, string> = {}) {
  const config = readGatewayConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" });
  const hubUrls = Object.fromEntries(hub.hub.subgraphs.map(({ name, url }) => [name, url]));
  return createGateway({ config: { ...config, subgraphUrls: { ...hubUrls, ...subgraphUrls } }, plugins });
}

describe("start-up", () => {
  it("runs every trusted read once before listening, never from the response cache nor counted in the metrics, and no write", async () => {
    const executed: string[] = [];
    let subgraphRequests = 0;
    const gateway = unstartedGateway([
      {
        onExecute: ({ args }) => {
          const operation = getOperationAST(args.document, args.operationName);
          executed.push(`${operation?.operation} ${operation?.name?.value}`);
        },
      },
      { onSubgraphExecute: () => void subgraphRequests++ },
    ]);
    const reads = [...loadTrustedDocuments(readGatewayConfig({ NODE_ENV: "test" }).trustedDocumentsPath).values()]
      .map((document) => getOperationAST(parse(document))!)
      .filter((operation) => operation.operation === "query")
      .map((operation) => `query ${operation.name!.value}`);
    try {
      // A long wait: this checks what the warm-up runs, not how fast the in-process hub answers.
      const first = await gateway.prepare(30_000);
      expect(first).toMatchObject({ warmUpReads: reads.length, warmUpAnswered: reads.length });
      expect(executed.sort()).toEqual(reads.sort());
      expect(subgraphRequests).toBeGreaterThanOrEqual(reads.length);
      // No client's latency: left out of the metrics.
      expect(await gateway.registry.metrics()).not.toMatch(/gateway_operations_total\{|gateway_subgraph_fetch_duration_seconds_count\{/);
      // Answers cached by the first warm-up would leave a second one nothing to plan.
      subgraphRequests = 0;
      await gateway.prepare(30_000);
      expect(subgraphRequests).toBeGreaterThanOrEqual(reads.length);
    } finally {
      await gateway.stop();
    }
  });

  it("waits for a subgraph that does not answer no longer than the warm-up's wait", async () => {
    const proxy = await startSlowProxy(5000);
    proxy.target = new URL(hub.hub.subgraphs.find((subgraph) => subgraph.name === "plan")!.url).origin;
    const gateway = unstartedGateway([], { plan: proxy.url });
    try {
      const started = performance.now();
      const preparation = await gateway.prepare(500);
      expect(performance.now() - started).toBeLessThan(3000);
      expect(preparation.warmUpAnswered).toBeLessThan(preparation.warmUpReads);
    } finally {
      await gateway.stop();
      await proxy.close();
    }
  });
});

describe("supergraph reload", () => {
  it("serves a new supergraph without a restart and keeps the last good one when the file is invalid", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "supergraph-"));
    const file = path.join(folder, "supergraph.graphql");
    const original = fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, "utf8");
    fs.writeFileSync(file, original);
    const gateway = await hub.startGateway({ SUPERGRAPH_PATH: file, SUPERGRAPH_POLL_MS: "100" });
    try {
      expect((await query(gateway.url, "{ guidingPrinciples { number } }")).data.guidingPrinciples).toHaveLength(10);

      const withoutPrinciples = original.replace(/\n(\s*"""[^"]*"""\n)?\s*guidingPrinciples: \[GuidingPrinciple!\]!?.*\n/, "\n");
      expect(withoutPrinciples).not.toBe(original);
      fs.writeFileSync(file, withoutPrinciples);
      const reloaded = await eventually(() => query(gateway.url, "{ guidingPrinciples { number } }"), (result) => Boolean(result.errors));
      expect(reloaded.errors![0]!.message).toMatch(/Cannot query field "guidingPrinciples"/);

      fs.writeFileSync(file, "this is not a supergraph");
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await query(gateway.url, "{ pillars { numeral } }")).data.pillars).toHaveLength(5);
      expect((await query(gateway.url, "{ guidingPrinciples { number } }")).errors![0]!.message).toMatch(/Cannot query field/);

      fs.writeFileSync(file, original);
      const restored = await eventually(() => query(gateway.url, "{ guidingPrinciples { number } }"), (result) => !result.errors);
      expect(restored.data.guidingPrinciples).toHaveLength(10);
    } finally {
      await gateway.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("graceful shutdown", () => {
  it("lets an in-flight request finish, then refuses new connections", async () => {
    const proxy = await startSlowProxy(600);
    proxy.target = new URL(hub.hub.subgraphs.find((subgraph) => subgraph.name === "plan")!.url).origin;
    const gateway = await hub.startGateway({ SUBGRAPH_URL_PLAN: proxy.url, SUBGRAPH_TIMEOUT_MS: "5000" });
    try {
      const started = performance.now();
      const inFlight = query(gateway.url, "{ pillars { numeral } }");
      await new Promise((resolve) => setTimeout(resolve, 150));
      await gateway.stop();
      expect((await inFlight).data.pillars).toHaveLength(5);
      expect(performance.now() - started).toBeGreaterThanOrEqual(600); // it really waited for the slow subgraph
      await expect(query(gateway.url, "{ pillars { numeral } }")).rejects.toThrow();
    } finally {
      await proxy.close();
    }
  });
});
