// What production runs, as JavaScript for plain `node` (no TypeScript loader: tsx costs
// each process about 190 MB of memory and its start-up transpiling):
//   gateway/dist/main.mjs             the gateway (npm run start:gateway:production)
//   runtime/dist/start-subgraph.mjs   one subgraph by name (npm run start:subgraph:production -- <name>)
// `npm run build` makes both; the Dockerfile's build stage runs it.
import path from "node:path";
import { bundle } from "./bundle.mjs";
import { bundleWebAssets } from "../../gateway/src/webAssets.js";

export const GATEWAY_BUNDLE = "gateway/dist/main.mjs";
export const SUBGRAPH_BUNDLE = "runtime/dist/start-subgraph.mjs";

/**
 * Node flags the gateway bundle runs with in production (`npm run start:gateway:production`
 * spells out the same). Left alone, V8 grows the heap lazily on a large machine: the
 * gateway reached 450-800 MB under load with no leak behind it. Capped at 256 MB of old
 * space, it stays near 210 MB under the same load, at the same throughput within noise.
 * Node 24's V8 also sizes the young generation by the machine: the gateway peaked at 393 MB
 * under the benchmark's load; with 16 MB semi-spaces, 261 MB at the same throughput
 * (2026-12-07, ObjectiveDashboard and PlanOverview, Node 20.20 with the old flags: 229 MB).
 */
export const PRODUCTION_NODE_FLAGS = ["--max-old-space-size=256", "--max-semi-space-size=16"];

/** Bundles the gateway of the repository at `root` (default the working directory). */
export async function buildGateway(root = process.cwd()): Promise<void> {
  // Beside gateway/src, at the same depth, so the paths the gateway finds relative to
  // itself (schema/, the supergraph, dist/web) stay right without rewriting.
  // Its npm packages inlined: loading them from node_modules was 70% of a restart (3.2 of
  // 4.5 s under load), the time a replica killed and restarted is out of rotation.
  await bundle({ root, entryPoints: { main: "gateway/src/main.ts" }, outdir: path.join(root, path.dirname(GATEWAY_BUNDLE)), keepSourceLocations: false, inlinePackages: true });
  // GraphiQL and the dashboard, read by the bundle from gateway/dist/web.
  await bundleWebAssets(path.join(root, "gateway/dist/web"));
}

/** Bundles the one-subgraph process (runtime/src/start-subgraph.ts) of the repository at `root`. */
export async function buildSubgraphProcess(root = process.cwd()): Promise<void> {
  // Each subgraph finds its schema and migrations beside its sources, as under tsx.
  await bundle({ root, entryPoints: { "start-subgraph": "runtime/src/start-subgraph.ts" }, outdir: path.join(root, path.dirname(SUBGRAPH_BUNDLE)), keepSourceLocations: true });
}
