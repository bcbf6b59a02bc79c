// useSubgraphReadiness alone: /readyz probes each subgraph's own /readyz (here small HTTP
// servers on this machine, reached by name through the gateway's subgraph agents, whose
// lookup says where plan.internal and labour.internal are) and says which are
// unreachable: ready, degraded while at least one answers or a dependency is impaired
// (200), not ready (503) only when none answers.
import type { LookupOptions } from "node:dns";
import { createServer, type Server } from "node:http";
import type { AddressInfo, LookupFunction } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PROBE_TIMEOUT_MS, DEFAULT_READINESS_PATH, useSubgraphReadiness } from "../../src/plugins/useSubgraphReadiness.js";
import { createSubgraphAgents } from "../../src/subgraphConnections.js";
import { createPluginHarness } from "./harness.js";

type Answer = { status: number; body: unknown } | "refuse" | "silent";
/** How each subgraph's /readyz answers. */
const answers: Record<string, Answer> = {};
const probed: string[] = [];
let dependencies: Record<string, { ok: boolean; state: string }> = {};

/** A subgraph's /readyz as `answers` says; "refuse" and "silent" drop or hold the request. */
function subgraphServer(name: string): Server {
  return createServer((request, response) => {
    probed.push(`${request.headers.host}${request.url}`);
    const answer = answers[name] ?? "refuse";
    if (answer === "refuse") return void request.socket.destroy();
    if (answer === "silent") return;
    response.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
  });
}

const servers = { plan: subgraphServer("plan"), labour: subgraphServer("labour") };
const subgraphs: Record<string, string> = {};
// plan.internal and labour.internal are this machine, as a DNS server would say.
const lookup = ((hostname: string, options: LookupOptions, callback: (error: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void) =>
  options.all ? callback(null, [{ address: "127.0.0.1", family: 4 }]) : callback(null, "127.0.0.1", 4)) as LookupFunction;
const agents = createSubgraphAgents(lookup);

const gateway = createPluginHarness({ plugins: () => [useSubgraphReadiness({ subgraphs: () => subgraphs, timeoutMs: 100, dependencies: () => dependencies, agentFor: agents.agentFor })] });
beforeAll(async () => {
  for (const [name, server] of Object.entries(servers)) {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    subgraphs[name] = `http://${name}.internal:${(server.address() as AddressInfo).port}/graphql`;
  }
});
afterAll(async () => {
  await gateway[Symbol.asyncDispose]();
  for (const server of Object.values(servers)) await new Promise((resolve) => server.close(resolve).closeAllConnections());
});
afterEach(() => {
  for (const name of Object.keys(answers)) delete answers[name];
  dependencies = {};
  probed.length = 0;
});

function stubProbes(byName: Record<string, Answer>) {
  Object.assign(answers, byName);
}

const ready: Answer = { status: 200, body: { status: "ready" } };
const readiness = async () => {
  const response = await gateway.fetch(DEFAULT_READINESS_PATH);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const port = (name: "plan" | "labour") => (servers[name].address() as AddressInfo).port;

describe("useSubgraphReadiness", () => {
  it("is ready when every subgraph's /readyz answers, probing the sibling of each GraphQL URL", async () => {
    stubProbes({ plan: ready, labour: ready });
    expect(await readiness()).toEqual({ status: 200, body: { status: "ready", unreachable: [], subgraphs: { plan: "ready", labour: "ready" } } });
    expect(probed.sort()).toEqual([`labour.internal:${port("labour")}/readyz`, `plan.internal:${port("plan")}/readyz`]);
  });

  it("is degraded, and stays in rotation, while at least one subgraph answers; says why each other does not", async () => {
    stubProbes({ plan: ready, labour: { status: 503, body: { status: "not ready", checks: { database: "unreachable" } } } });
    expect(await readiness()).toEqual({ status: 200, body: { status: "degraded", unreachable: ["labour"], subgraphs: { plan: "ready", labour: "not ready (503: unreachable)" } } });
  });

  it("is not ready (503) when no subgraph answers: refused, or silent past the probe timeout", async () => {
    // plan drops the connection; labour never answers and is cut off by the probe's timeout signal.
    stubProbes({ plan: "refuse", labour: "silent" });
    expect(await readiness()).toEqual({ status: 503, body: { status: "not ready", unreachable: ["plan", "labour"], subgraphs: { plan: "unreachable", labour: "no answer within 100 ms" } } });
  });

  it("is degraded when a dependency it can serve without is impaired, and names its state", async () => {
    stubProbes({ plan: ready, labour: ready });
    dependencies = { redis: { ok: false, state: "unavailable (connect ECONNREFUSED): serving uncached answers" } };
    expect(await readiness()).toEqual({
      status: 200,
      body: { status: "degraded", unreachable: [], subgraphs: { plan: "ready", labour: "ready" }, dependencies: { redis: "unavailable (connect ECONNREFUSED): serving uncached answers" } },
    });
  });

  it("answers only GET on its path", async () => {
    stubProbes({ plan: ready, labour: ready });
    expect(await (await gateway.fetch(DEFAULT_READINESS_PATH, { method: "POST" })).text()).not.toContain("unreachable");
    expect(probed).toEqual([]);
    expect(DEFAULT_PROBE_TIMEOUT_MS).toBe(1000);
  });
});
