// The gateway as one JavaScript file for production, gateway/dist/main.mjs,
// run with plain `node` (no TypeScript loader: tsx alone costs the gateway over 100 MB of
// memory). Our own code, the kit included, is bundled; npm packages stay external and
// load from node_modules. The bundle sits at the same depth as gateway/src, so the paths
// the gateway finds relative to itself (schema/, the supergraph) stay right.
import fs from "node:fs";
import { build } from "esbuild";

export const GATEWAY_BUNDLE = "gateway/dist/main.mjs";

export async function buildGateway(): Promise<void> {
  const manifest = JSON.parse(fs.readFileSync("package.json", "utf8")) as Record<string, Record<string, string>>;
  await build({
    entryPoints: ["gateway/src/main.ts"],
    outfile: GATEWAY_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    external: [...Object.keys(manifest.dependencies!), ...Object.keys(manifest.devDependencies!)],
    logLevel: "warning",
  });
}
