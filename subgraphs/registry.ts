// The one list of the hub's subgraphs (subgraphs.json): composition, codegen, the
// start scripts and the tests all read it; `npm run subgraph:new` adds to it. Each
// subgraph is the package in subgraphs/<name>, whose src/server.ts exports its
// definition as default.
import fs from "node:fs";
import type { SubgraphDefinition } from "@gcm-hub/kit";

export const SUBGRAPH_NAMES: readonly string[] = JSON.parse(fs.readFileSync(new URL("./subgraphs.json", import.meta.url), "utf8"));

export async function loadSubgraph(name: string): Promise<SubgraphDefinition> {
  if (!isSubgraphName(name)) throw new Error(`No subgraph "${name}" in subgraphs/subgraphs.json`);
  return ((await import(`./${name}/src/server.ts`)) as { default: SubgraphDefinition }).default;
}

export function loadAllSubgraphs(): Promise<SubgraphDefinition[]> {
  return Promise.all(SUBGRAPH_NAMES.map(loadSubgraph));
}

export function isSubgraphName(value: string | undefined): value is string {
  return value !== undefined && SUBGRAPH_NAMES.includes(value);
}
