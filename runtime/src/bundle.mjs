// Our TypeScript bundled into JavaScript that plain Node runs: the production gateway
// (gateway/dist), the production subgraph process (runtime/dist/), and what `npm start` runs
// (runtime/.build/). Our own code, the workspace packages and the Prisma clients are bundled; npm
// packages stay external and load from node_modules, except in the gateway's bundle and
// npm start's (`inlinePackages`), whose start-up time a restarted replica under load, or
// someone who typed `npm start`, waits for.
//
// Plain JavaScript so that `npm start` can build before anything compiles TypeScript;
// bundle.d.mts gives TypeScript callers its types.
import fs from "node:fs";
import path from "node:path";

/**
 * The sources say where they are with `import.meta.url` (a subgraph's root, the schema
 * files, the migrations, the supergraph). Bundled with this plugin, each keeps its own
 * source location, so the paths it derives still point into the repository, wherever the
 * bundle is. Entry points keep the bundle's own URL (npm start finds the subgraphs'
 * entry beside its own).
 */
function sourceLocations(root, outdir, entryPoints) {
  const entries = Object.values(entryPoints).map((entry) => path.join(root, entry));
  return {
    name: "source-locations",
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = await fs.promises.readFile(args.path, "utf8");
        if (entries.includes(args.path) || !source.includes("import.meta.url")) return { contents: source, loader: "ts" };
        const fromBundle = path.relative(outdir, args.path).split(path.sep).join("/");
        return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: "ts" };
      });
    },
  };
}

/**
 * Packages around a native binary stay in node_modules even when packages are inlined:
 * they find their binary by platform at run time (the query planner's addon; esbuild,
 * which builds the web assets when no prebuilt ones are there).
 */
const NATIVE_PACKAGES = ["@graphql-hive/router-query-planner", "esbuild"];

/**
 * And packages that find their own files beside their modules: PGlite its WebAssembly
 * PostgreSQL and file system image (`new URL("./pglite.wasm", import.meta.url)`), Prisma's
 * runtime its query compiler; and pg, whose Pool Prisma's adapter (in node_modules with the
 * rest of Prisma) recognises with `instanceof`: the kit must hand it one from the same copy.
 * Only the subgraphs' processes load them.
 */
const PACKAGES_LEFT_IN_NODE_MODULES = ["@electric-sql/pglite", "@prisma/*", "pg"];

/**
 * Inlined packages that are CommonJS call `require` for Node's built-in modules: an ES
 * module has none, so the bundle makes one (esbuild's own stand-in throws instead).
 */
const REQUIRE_FOR_INLINED_PACKAGES = 'import { createRequire as __gcmHubCreateRequire } from "node:module"; const require = __gcmHubCreateRequire(import.meta.url);';

/**
 * Writes each file whole: a temporary file renamed over the old one. A process that starts
 * from the bundle while it is rebuilt (a worker forked in a rolling restart, another test's
 * gateway) reads the old file or the new one, never half of one.
 */
function writeWhole(outputFiles) {
  for (const file of outputFiles) {
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
}

/**
 * Bundles `entryPoints` ({ outputName: "path/from/root.ts" }) into `outdir` as `<outputName>.mjs`
 * (shared code in chunks beside them). Returns the files of the repository it was built from.
 */
export async function bundle({ root, entryPoints, outdir, keepSourceLocations, inlinePackages = false }) {
  const { build } = await import("esbuild");
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const npmPackages = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})];
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: Object.keys(entryPoints).length > 1,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    metafile: true,
    // Our own packages (@gcm-hub/*) ship TypeScript: bundled, never external.
    external: inlinePackages ? [...NATIVE_PACKAGES, ...PACKAGES_LEFT_IN_NODE_MODULES] : npmPackages.filter((name) => !name.startsWith("@gcm-hub/")),
    banner: inlinePackages ? { js: REQUIRE_FOR_INLINED_PACKAGES } : undefined,
    plugins: keepSourceLocations ? [sourceLocations(root, outdir, entryPoints)] : [],
    logLevel: "warning",
    write: false,
  });
  writeWhole(result.outputFiles);
  return Object.keys(result.metafile.inputs).filter((input) => !input.includes("node_modules/"));
}
