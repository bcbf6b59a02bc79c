// Subgraph folders, for scripts that take a subgraph name argument.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

export function subgraphDir(name: string): string {
  return path.join(ROOT, "subgraphs", name);
}

/** Folders under subgraphs/ that hold a Prisma schema (the registry may not list a new one yet). */
export function subgraphFolders(): string[] {
  return fs
    .readdirSync(path.join(ROOT, "subgraphs"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(subgraphDir(entry.name), "prisma", "schema.prisma")))
    .map((entry) => entry.name)
    .sort();
}

/** Reads the subgraph name argument, or exits with a message that lists the valid ones. */
export function subgraphArgument(value: string | undefined, usage: string): string {
  const folders = subgraphFolders();
  if (value && folders.includes(value)) return value;
  console.error(`${value ? `Unknown subgraph "${value}". ` : ""}Usage: ${usage}\nSubgraphs: ${folders.join(", ")}`);
  process.exit(2);
}
