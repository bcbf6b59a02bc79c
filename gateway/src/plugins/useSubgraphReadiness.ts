// /readyz for the gateway: probes every subgraph's own /readyz and says which are
// unreachable. The gateway stays in rotation while at least one subgraph answers
// (it serves partial data); it reports 503 only when none does.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

export interface SubgraphReadinessOptions {
  /** Path answered by this plugin; default DEFAULT_READINESS_PATH. */
  path?: string;
  /** Subgraph name -> GraphQL URL; probed at the sibling /readyz. */
  subgraphs: () => Record<string, string>;
  /** Per-probe timeout; default DEFAULT_PROBE_TIMEOUT_MS (1 s). */
  timeoutMs?: number;
  /** Other things the gateway uses but can serve without (the shared cache); one not ok makes it "degraded". Default none. */
  dependencies?: () => Record<string, { ok: boolean; state: string }>;
}

export const DEFAULT_READINESS_PATH = "/readyz";
export const DEFAULT_PROBE_TIMEOUT_MS = 1000;

async function probe(graphqlUrl: string, timeoutMs: number): Promise<string> {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql$/, "") + "/readyz";
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (response.ok) return "ready";
    const body = (await response.json().catch(() => ({}))) as { checks?: Record<string, string> };
    return `not ready (${response.status}${body.checks ? `: ${Object.values(body.checks).join("; ")}` : ""})`;
  } catch (error) {
    return (error as Error).name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : "unreachable";
  }
}

export function useSubgraphReadiness({ path = DEFAULT_READINESS_PATH, subgraphs, timeoutMs = DEFAULT_PROBE_TIMEOUT_MS, dependencies = () => ({}) }: SubgraphReadinessOptions): GatewayPlugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== path || request.method !== "GET") return;
      const entries = Object.entries(subgraphs());
      const results = await Promise.all(entries.map(async ([name, graphqlUrl]) => [name, await probe(graphqlUrl, timeoutMs)] as const));
      const checks = Object.fromEntries(results);
      const unreachable = results.filter(([, state]) => state !== "ready").map(([name]) => name);
      const others = Object.entries(dependencies());
      const impaired = others.some(([, dependency]) => !dependency.ok);
      const status = unreachable.length === entries.length ? "not ready" : unreachable.length > 0 || impaired ? "degraded" : "ready";
      const dependencyStates = Object.fromEntries(others.map(([name, dependency]) => [name, dependency.state]));
      endResponse(
        new Response(JSON.stringify({ status, unreachable, subgraphs: checks, ...(others.length ? { dependencies: dependencyStates } : {}) }), {
          status: status === "not ready" ? 503 : 200,
          headers: { "content-type": "application/json; charset=utf-8" },
        }),
      );
    },
  };
}
