// Subgraph folders, for scripts that take a subgraph name argument: the names are the
// one list in subgraphs/subgraphs.json.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SUBGRAPH_NAMES } from "../subgraphs/registry.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

export function subgraphDir(name: string): string {
  return path.join(ROOT, "subgraphs", name);
}

/** Reads the subgraph name argument, or exits with a message that lists the valid ones. */
export function subgraphArgument(value: string | undefined, usage: string): string {
  if (value && SUBGRAPH_NAMES.includes(value)) return value;
  console.error(`${value ? `Unknown subgraph "${value}". ` : ""}Usage: ${usage}\nSubgraphs: ${SUBGRAPH_NAMES.join(", ")}`);
  process.exit(2);
}
