// Generates each subgraph's Prisma client into subgraphs/<name>/src/generated/prisma.
// Runs after `npm install` (postinstall); generated code is not committed.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { SUBGRAPH_NAMES } from "../subgraphs/registry.js";
import { ROOT, subgraphDir } from "./subgraph-names.js";

const prismaCli = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
for (const name of SUBGRAPH_NAMES) {
  execFileSync(process.execPath, [prismaCli, "generate"], { cwd: subgraphDir(name), stdio: ["ignore", "ignore", "inherit"] });
  console.log(`Prisma client generated for ${name}`);
}
