// What the direct fan-out baseline replays: the subgraph requests the hub's query
// plan makes for one operation, grouped in stages (requests of a stage run in
// parallel; a stage starts when the previous one has answered). Recorded by running
// the operation once through an in-process gateway that watches its own fetches.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

export interface SubgraphFetch {
  subgraph: string;
  body: string;
}

export interface QueryPlanRecording {
  operation: string;
  stages: SubgraphFetch[][];
}

interface TimedFetch extends SubgraphFetch {
  started: number;
  ended: number;
}

/** A gateway plugin that notes every subgraph request, and turns them into stages. */
export function createFetchRecorder(subgraphUrls: Record<string, string>) {
  const byUrl = new Map(Object.entries(subgraphUrls).map(([name, url]) => [url, name]));
  let fetches: TimedFetch[] = [];
  const plugin: GatewayPlugin = {
    onFetch({ url, options }) {
      const subgraph = byUrl.get(url);
      if (!subgraph || typeof options.body !== "string") return;
      const started = performance.now();
      const body = options.body;
      return () => {
        fetches.push({ subgraph, body, started, ended: performance.now() });
      };
    },
  };
  return {
    plugin,
    start() {
      fetches = [];
    },
    finish(operation: string): QueryPlanRecording {
      return { operation, stages: stagesOf(fetches) };
    },
  };
}

function stagesOf(fetches: TimedFetch[]): SubgraphFetch[][] {
  const stages: TimedFetch[][] = [];
  for (const fetch of [...fetches].sort((a, b) => a.started - b.started)) {
    const current = stages.at(-1);
    const firstAnswer = current && Math.min(...current.map((earlier) => earlier.ended));
    if (!current || fetch.started >= firstAnswer!) stages.push([fetch]);
    else current.push(fetch);
  }
  return stages.map((stage) => stage.map(({ subgraph, body }) => ({ subgraph, body })));
}
