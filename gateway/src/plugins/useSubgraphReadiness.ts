// /readyz for the gateway: probes every subgraph's own /readyz and says which are
// unreachable. The gateway stays in rotation while at least one subgraph answers
// (it serves partial data); it reports 503 only when none does.
import http from "node:http";
import https from "node:https";
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
  /** The agent a probe goes through: the one the gateway's subgraph requests use (its host-name lookups shared); default Node's global agents. */
  agentFor?: (url: string) => http.Agent;
  /** Told each probe's outcome ("ready", or why not): the circuit breakers close on "ready". */
  onProbed?: (subgraph: string, state: string) => void;
}

export const DEFAULT_READINESS_PATH = "/readyz";
export const DEFAULT_PROBE_TIMEOUT_MS = 1000;

/** GET `url`: its status and body, or a rejection once `signal` aborts. */
function get(url: URL, agent: http.Agent | undefined, signal: AbortSignal): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? https : http).get(url, { agent, signal }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/** The checks a subgraph's /readyz body names, if it is JSON that has them. */
function checksOf(body: string): Record<string, string> | undefined {
  try {
    return (JSON.parse(body) as { checks?: Record<string, string> }).checks;
  } catch {
    return undefined;
  }
}

/** Probes the /readyz beside a subgraph's GraphQL URL: "ready", or why not. */
export async function probeSubgraph(graphqlUrl: string, timeoutMs: number, agentFor?: (url: string) => http.Agent): Promise<string> {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql$/, "") + "/readyz";
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const { status, body } = await get(url, agentFor?.(url.href), signal);
    if (status >= 200 && status < 300) return "ready";
    const checks = checksOf(body);
    return `not ready (${status}${checks ? `: ${Object.values(checks).join("; ")}` : ""})`;
  } catch {
    return signal.aborted ? `no answer within ${timeoutMs} ms` : "unreachable";
  }
}

export function useSubgraphReadiness({ path = DEFAULT_READINESS_PATH, subgraphs, timeoutMs = DEFAULT_PROBE_TIMEOUT_MS, dependencies = () => ({}), agentFor, onProbed }: SubgraphReadinessOptions): GatewayPlugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== path || request.method !== "GET") return;
      const entries = Object.entries(subgraphs());
      const results = await Promise.all(entries.map(async ([name, graphqlUrl]) => [name, await probeSubgraph(graphqlUrl, timeoutMs, agentFor)] as const));
      for (const [name, state] of results) onProbed?.(name, state);
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
