// `npm start` on plain Node: runs runtime/src/start.ts (and the subgraphs' process it forks)
// as JavaScript bundled by esbuild under runtime/.build/, rebuilt first when any file it was built
// from has changed since. Transpiling on every start through tsx cost about 2.5 s of
// every start on a two-core machine; a rebuild takes under a second, and only after an edit.
// The start after that runs a build with the npm packages inlined, made in the background.
//
// Plain JavaScript on purpose: this file runs before anything can compile TypeScript.
import { spawn } from "node:child_process";
import fs from "node:fs";
import module from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundle } from "./bundle.mjs";

/** The repository: the sources are bundled from it, and the inputs below are named relative to it. */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BUILD_DIR = fileURLToPath(new URL("../.build", import.meta.url));
/** Which build is current, the files it was made from and whether its npm packages are inlined: { dir, builtAtMs, inputs, inlinePackages }. */
const CURRENT = path.join(BUILD_DIR, "current.json");
const ENTRIES = { start: "runtime/src/start.ts", startSubgraphs: "runtime/src/startSubgraphs.ts" };
/** This script's argument for building the inlined build in the background. */
const INLINE_FLAG = "--build-inlined";
/** Builds older than this, other than the current one, are removed (a running hub may still load from its own). */
const KEEP_OLD_BUILDS_MS = 60 * 60 * 1000;

/** The current build's record, or undefined when there is none or it is not one this script wrote. */
function readCurrent() {
  try {
    const current = JSON.parse(fs.readFileSync(CURRENT, "utf8"));
    const wellFormed = typeof current?.dir === "string" && Number.isFinite(current.builtAtMs) && Array.isArray(current.inputs);
    return wellFormed ? current : undefined;
  } catch {
    return undefined;
  }
}

/** Whether every file the build was made from is still there and no newer than the build. */
function isFresh(current) {
  if (!current || !fs.existsSync(path.join(BUILD_DIR, current.dir, "start.mjs"))) return false;
  return current.inputs.every((input) => {
    try {
      return fs.statSync(path.join(ROOT, input)).mtimeMs <= current.builtAtMs;
    } catch {
      return false;
    }
  });
}

/**
 * Bundles the sources into a new folder (a hub already running from an older build keeps
 * its files), with the npm packages inlined or loaded from node_modules. Returns the build's
 * record: { dir, builtAtMs, inputs, inlinePackages }.
 */
async function bundleNew(inlinePackages) {
  const dir = `${Date.now()}-${process.pid}`;
  const builtAtMs = Date.now();
  const ownFiles = await bundle({ root: ROOT, entryPoints: ENTRIES, outdir: path.join(BUILD_DIR, dir), keepSourceLocations: true, inlinePackages });
  // Besides the sources: what decides how they are bundled (which packages stay external,
  // which subgraph folders registry.ts's import can reach), and this builder itself.
  const inputs = [...ownFiles, "package.json", "package-lock.json", "tsconfig.json", "subgraphs/subgraphs.json", "runtime/src/start-prebuilt.mjs", "runtime/src/bundle.mjs"];
  return { dir, builtAtMs, inputs, inlinePackages };
}

/** Makes `build` the one the next start runs; `keep` also survives the clean-up (a start may be loading it). */
function makeCurrent(build, keep) {
  // Written to a temporary name and renamed: a hub starting at the same moment reads a whole file.
  const temporary = `${CURRENT}.${process.pid}`;
  fs.writeFileSync(temporary, JSON.stringify(build, null, 2));
  fs.renameSync(temporary, CURRENT);
  removeOldBuilds([build.dir, keep]);
}

/**
 * Builds anew after an edit; `previous` is the build that was current. Quickly, with the
 * npm packages in node_modules (0.4 s, against 2-5 s inlined on this machine); the inlined
 * build follows in the background once the hub is ready (buildInlinedInBackground).
 */
async function build(previous) {
  const startedAt = performance.now();
  process.stdout.write("  building the hub's JavaScript (first start, or its sources changed)...");
  const built = await bundleNew(false);
  makeCurrent(built, previous?.dir);
  process.stdout.write(` done (${((performance.now() - startedAt) / 1000).toFixed(1)} s)\n`);
  return built;
}

/**
 * The next start's build, with the npm packages inlined: resolving and loading the
 * gateway's 2,400 modules from node_modules (13 copies of @graphql-tools/utils among them)
 * was most of its start. Made by this script again (INLINE_FLAG) in a process of the
 * lowest priority, after the hub is ready, so that neither the start nor the first requests
 * wait for it; the hub stopped first leaves the quick build current, and the next start
 * tries again.
 */
function buildInlinedInBackground() {
  const builder = spawn(process.execPath, [fileURLToPath(import.meta.url), INLINE_FLAG], { stdio: "ignore" });
  builder.on("error", () => {}); // no inlined build: the next start is only slower
  if (builder.pid !== undefined) os.setPriority(builder.pid, os.constants.priority.PRIORITY_LOW);
  builder.unref();
}

/** The background half: installs the inlined build only if the sources are still those the current build was made from. */
async function buildInlined() {
  const current = readCurrent();
  if (!isFresh(current) || current.inlinePackages) return;
  const built = await bundleNew(true);
  const stillCurrent = readCurrent();
  if (stillCurrent?.dir === current.dir && isFresh(stillCurrent)) makeCurrent(built, current.dir);
  else fs.rmSync(path.join(BUILD_DIR, built.dir), { recursive: true, force: true });
}

/**
 * Turns on Node's compile cache (V8's compiled code for the bundle and the npm packages it
 * loads, kept for the next start) in this process and, through the environment the
 * subgraphs' process is forked with, in that one from its first module. Kept in the build's
 * folder, it goes when the build goes. A start without it is only slower: a folder it cannot
 * write leaves it off, and Node never throws here. NODE_COMPILE_CACHE, when set, names the
 * folder instead; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
function enableCompileCache(dir) {
  const { directory } = module.enableCompileCache(path.join(BUILD_DIR, dir, "compile-cache"));
  if (directory) process.env.NODE_COMPILE_CACHE ??= directory;
}

/** Removes builds older than an hour, except those in `keep` (the new one and the one it replaces). */
function removeOldBuilds(keep) {
  for (const entry of fs.readdirSync(BUILD_DIR, { withFileTypes: true })) {
    if (!entry.isDirectory() || keep.includes(entry.name)) continue;
    const builtAtMs = Number(entry.name.split("-")[0]);
    if (Date.now() - builtAtMs <= KEEP_OLD_BUILDS_MS) continue;
    try {
      fs.rmSync(path.join(BUILD_DIR, entry.name), { recursive: true, force: true });
    } catch {
      // A hub still running from it may be writing its compile cache there: the next start retries.
    }
  }
}

if (process.argv.includes(INLINE_FLAG)) {
  await buildInlined();
  process.exit(0);
}

const current = readCurrent();
const { dir, inlinePackages } = isFresh(current)
  ? current
  : await build(current).catch((error) => {
      // esbuild has printed where the source is wrong; the command says what it was doing.
      console.error(`\nGCM Hub did not start: building runtime/src/start.ts failed: ${error.message.split("\n")[0]}`);
      process.exit(1);
    });
enableCompileCache(dir);
await import(pathToFileURL(path.join(BUILD_DIR, dir, "start.mjs")).href);
// start.mjs resolves once the hub is ready: written now, the cache holds what the start
// compiled even if the hub is later killed rather than stopped (Node writes it at exit otherwise).
module.flushCompileCache();
if (!inlinePackages) buildInlinedInBackground();
