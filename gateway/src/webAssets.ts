// The browser code the gateway serves (GraphiQL and the dashboard), bundled with every
// dependency, style sheet and font inlined, so no page asks anything of another machine.
// `npm run build` writes the bundles beside the production gateway (gateway/dist/web);
// elsewhere esbuild builds them in memory on the first page view.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The entry points under gateway/web, by the name their bundles are served under. */
export const WEB_ENTRY_POINTS = { graphiql: "gateway/web/graphiql/main.tsx", dashboard: "gateway/web/dashboard/main.ts" } as const;

export interface WebAsset {
  contentType: string;
  body: Uint8Array;
}

/** Bundles by file name (graphiql.js, graphiql.css, dashboard.js, dashboard.css). */
export type WebAssets = ReadonlyMap<string, WebAsset>;

const CONTENT_TYPES: Record<string, string> = { ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

/** Where the production bundle keeps the prebuilt assets: beside itself (gateway/dist/web). */
const PREBUILT_DIR = fileURLToPath(new URL("./web/", import.meta.url));

/** Runs esbuild over the web entry points; `outdir` set writes the files there too. */
export async function bundleWebAssets(outdir?: string): Promise<WebAssets> {
  const { build } = await import("esbuild");
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const result = await build({
    absWorkingDir: root,
    entryPoints: WEB_ENTRY_POINTS,
    outdir: outdir ?? "gateway/dist/web",
    write: false,
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    // Fonts and images inside the style sheets become data: URLs.
    loader: { ".woff": "dataurl", ".woff2": "dataurl", ".ttf": "dataurl", ".svg": "dataurl", ".png": "dataurl" },
    logLevel: "warning",
  });
  const assets = new Map<string, WebAsset>();
  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    assets.set(name, { contentType: CONTENT_TYPES[path.extname(name)] ?? "application/octet-stream", body: file.contents });
    if (outdir) {
      fs.mkdirSync(path.dirname(file.path), { recursive: true });
      fs.writeFileSync(file.path, file.contents);
    }
  }
  return assets;
}

function readPrebuilt(dir: string): WebAssets {
  return new Map(
    fs.readdirSync(dir).flatMap((name) => {
      const contentType = CONTENT_TYPES[path.extname(name)];
      return contentType ? [[name, { contentType, body: fs.readFileSync(path.join(dir, name)) }] as const] : [];
    }),
  );
}

/** The assets, loaded once: the prebuilt ones when the gateway runs from its production bundle, else built now. */
export function createWebAssets(prebuiltDir = PREBUILT_DIR): () => Promise<WebAssets> {
  let loading: Promise<WebAssets> | undefined;
  return () => {
    loading ??= fs.existsSync(prebuiltDir) ? Promise.resolve(readPrebuilt(prebuiltDir)) : bundleWebAssets();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}
