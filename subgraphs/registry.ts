// The subgraphs of the hub. The start script, composition and hub tests iterate
// this list; each entry loads the subgraph's own definition on demand.
import type { SubgraphDefinition } from "@gcm-hub/kit";

export const SUBGRAPH_NAMES = ["plan", "border", "integration", "diaspora", "labour", "social"] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const loaders: Record<SubgraphName, () => Promise<SubgraphDefinition>> = {
  plan: async () => (await import("./plan/src/server.js")).plan,
  border: async () => (await import("./border/src/server.js")).border,
  integration: async () => (await import("./integration/src/server.js")).integration,
  diaspora: async () => (await import("./diaspora/src/server.js")).diaspora,
  labour: async () => (await import("./labour/src/server.js")).labour,
  social: async () => (await import("./social/src/server.js")).social,
};

export function loadSubgraph(name: SubgraphName): Promise<SubgraphDefinition> {
  return loaders[name]();
}

export function loadAllSubgraphs(): Promise<SubgraphDefinition[]> {
  return Promise.all(SUBGRAPH_NAMES.map(loadSubgraph));
}

export function isSubgraphName(value: string | undefined): value is SubgraphName {
  return (SUBGRAPH_NAMES as readonly (string | undefined)[]).includes(value);
}
