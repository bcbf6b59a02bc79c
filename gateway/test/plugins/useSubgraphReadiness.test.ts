// useSubgraphReadiness alone: /readyz probes each subgraph's own /readyz (here answered
// in process through a stubbed global fetch) and says which are unreachable: ready,
// degraded while at least one answers or a dependency is impaired (200), not ready
// (503) only when none answers.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_PROBE_TIMEOUT_MS, DEFAULT_READINESS_PATH, useSubgraphReadiness } from "../../src/plugins/useSubgraphReadiness.js";
import { createPluginHarness } from "./harness.js";

const SUBGRAPHS = { plan: "http://plan.internal:4001/graphql", labour: "http://labour.internal:4005/graphql" };
/** How each subgraph's /readyz answers; a missing one refuses the connection. */
let answers: Record<string, () => Promise<Response>> = {};
const probed: string[] = [];
let dependencies: Record<string, { ok: boolean; state: string }> = {};

const gateway = createPluginHarness({ plugins: () => [useSubgraphReadiness({ subgraphs: () => SUBGRAPHS, timeoutMs: 100, dependencies: () => dependencies })] });
afterAll(() => gateway[Symbol.asyncDispose]());
afterEach(() => {
  vi.unstubAllGlobals();
  dependencies = {};
  probed.length = 0;
});

function stubProbes(byHost: Record<string, () => Promise<Response>>) {
  answers = byHost;
  vi.stubGlobal("fetch", (url: string | URL) => {
    const { host, pathname } = new URL(String(url));
    probed.push(`${host}${pathname}`);
    const answer = answers[host.split(".")[0]!];
    return answer ? answer() : Promise.reject(new TypeError("fetch failed"));
  });
}

const ready = () => Promise.resolve(Response.json({ status: "ready" }));
const readiness = async () => {
  const response = await gateway.fetch(DEFAULT_READINESS_PATH);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("useSubgraphReadiness", () => {
  it("is ready when every subgraph's /readyz answers, probing the sibling of each GraphQL URL", async () => {
    stubProbes({ plan: ready, labour: ready });
    expect(await readiness()).toEqual({ status: 200, body: { status: "ready", unreachable: [], subgraphs: { plan: "ready", labour: "ready" } } });
    expect(probed.sort()).toEqual(["labour.internal:4005/readyz", "plan.internal:4001/readyz"]);
  });

  it("is degraded, and stays in rotation, while at least one subgraph answers; says why each other does not", async () => {
    stubProbes({ plan: ready, labour: () => Promise.resolve(Response.json({ status: "not ready", checks: { database: "unreachable" } }, { status: 503 })) });
    expect(await readiness()).toEqual({ status: 200, body: { status: "degraded", unreachable: ["labour"], subgraphs: { plan: "ready", labour: "not ready (503: unreachable)" } } });
  });

  it("is not ready (503) when no subgraph answers: refused, or silent past the probe timeout", async () => {
    // plan refuses the connection; labour never answers and is cut off by the probe's timeout signal.
    vi.stubGlobal("fetch", (url: string | URL, init?: RequestInit) => {
      const host = new URL(String(url)).host;
      if (host.startsWith("plan")) return Promise.reject(new TypeError("fetch failed"));
      return new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)));
    });
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
