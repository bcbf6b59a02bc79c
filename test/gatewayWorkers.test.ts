// GATEWAY_WORKERS: the production bundle serving from two worker processes behind one
// port (node's cluster module). Both workers answer, the primary's /metrics sums them,
// and SIGHUP replaces the workers one at a time while requests keep being answered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJwks } from "./support/jwks.js";
import { startChild, type Child } from "./support/processes.js";
import { buildGateway, GATEWAY_BUNDLE, PRODUCTION_NODE_FLAGS } from "@gcm-hub/runtime/productionBundles";
import { freePort } from "./topology/support.js";
import { trustedHash } from "./support/trustedHash.js";
import { PRODUCTION_GATEWAY_ENV, startTestHub, type TestHub } from "./support/testHub.js";

let hub: TestHub;
let jwks: Awaited<ReturnType<typeof startJwks>>;
let gateway: Child;
let url: string;
let metricsUrl: string;
const lines: string[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  jwks = await startJwks();
  await buildGateway();
  const [port, metricsPort] = [await freePort(), await freePort()];
  const subgraphUrls = Object.fromEntries(hub.hub.subgraphs.map(({ name, url }) => [`SUBGRAPH_URL_${name.toUpperCase()}`, url]));
  gateway = await startChild("gateway workers", GATEWAY_BUNDLE, {
    ...subgraphUrls,
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    ...PRODUCTION_GATEWAY_ENV,
    PORT: String(port),
    METRICS_PORT: String(metricsPort),
    JWT_JWKS_URL: jwks.url,
    RESPONSE_CACHE_TTL_MS: "0",
    // What this test is about is that the roll drops no request; on two cores shared with
    // the new worker's warm-up and the rest of the suite, a subgraph answer can take over
    // the 5 s default, which would count as the plan subgraph being down.
    SUBGRAPH_TIMEOUT_MS: "20000",
    GATEWAY_WORKERS: "2",
  }, { nodeFlags: PRODUCTION_NODE_FLAGS, readyWhen: (line) => line.includes("gateway workers") });
  gateway.process.stdout!.on("data", (chunk: Buffer) => lines.push(...chunk.toString().split("\n")));
  url = `http://127.0.0.1:${port}/graphql`;
  metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
}, 180_000);
afterAll(async () => {
  await gateway?.stop();
  await jwks?.stop();
  await hub?.close();
});

const planOverview = async () => {
  // Bounded: a request a stopping worker left unanswered is a failure to report, not a hang.
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", connection: "close" }, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: trustedHash("PlanOverview") } } }), signal: AbortSignal.timeout(30_000) });
  return { status: response.status, body: (await response.json()) as { data?: { objectives: unknown[] }; errors?: unknown[] } };
};

const served = async () => Number(/gateway_operations_total\{operation="PlanOverview",outcome="ok"\} (\d+)/.exec(await (await fetch(metricsUrl)).text())?.[1] ?? 0);

describe("GATEWAY_WORKERS=2", () => {
  it("says it started two workers, and serves from them", async () => {
    expect(gateway.readyLine).toMatch(/gateway workers \(2\) at http:\/\/127\.0\.0\.1:\d+\/graphql/);
    const answer = await planOverview();
    expect(answer.status).toBe(200);
    expect(answer.body.data!.objectives).toHaveLength(23);
  });

  it("sums every worker's operations on the primary's /metrics", async () => {
    const before = await served();
    // A new connection each time: the primary hands connections to the workers in turn.
    for (let index = 0; index < 10; index++) expect((await planOverview()).body.errors).toBeUndefined();
    expect(await served()).toBe(before + 10);
  });

  it("replaces its workers one at a time on SIGHUP, answering throughout", async () => {
    let failures = 0;
    const failed: unknown[] = [];
    let answered = 0;
    let rolling = true;
    const readers = (async () => {
      while (rolling) {
        const answer = await planOverview().catch((error: Error) => ({ status: 0, body: { error: `${error.message}: ${(error.cause as Error)?.message}` } }));
        if (answer.status === 200 && !("errors" in answer.body && answer.body.errors)) answered++;
        else {
          failures++;
          failed.push(answer);
        }
      }
    })();
    gateway.process.kill("SIGHUP");
    const deadline = Date.now() + 120_000;
    while (!lines.some((line) => line.includes("rolling restart done")) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    rolling = false;
    await readers;
    expect(lines.filter((line) => line.includes('"msg":"worker replaced"'))).toHaveLength(2);
    expect(answered).toBeGreaterThan(0);
    expect(failed).toEqual([]);
    expect(failures).toBe(0);
  }, 150_000);
});
