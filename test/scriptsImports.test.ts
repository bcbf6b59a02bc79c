// `scripts/` holds developer tools only: nothing outside it imports from it (issue 27).
// What a tool and anything else share lives in a package (the gateway, @gcm-hub/runtime,
// @gcm-hub/deploy, @gcm-hub/test-support...), and the tool is a thin entry point over it.
// Running a tool as a process (`tsx scripts/compose.ts`) is using it, not importing it.
//
// What is read: every source file (.ts, .tsx, .mts, .cts, .js, .mjs, .cjs) of the repository
// outside scripts/, node_modules/, dot-folders (.git, .data, runtime/.build) and build
// outputs (dist/). What counts as an import: `from "..."`, `import "..."`, `import("...")`
// and `require("...")` whose relative specifier resolves into scripts/.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SCRIPTS = path.join(ROOT, "scripts");
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(["'])([^"'\n]+)\1/g;

/** The repository's source files outside scripts/, relative to ROOT. */
function sourcesOutsideScripts(folder = ROOT): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith(".") || entry.name === "node_modules" || entry.name === "dist" || full === SCRIPTS) continue;
      files.push(...sourcesOutsideScripts(full));
    } else if (SOURCE.test(entry.name)) {
      files.push(path.relative(ROOT, full));
    }
  }
  return files;
}

/** Each import of `text` (the file at `file`, relative to ROOT) that reaches into scripts/, as "file:line -> specifier". */
function importsFromScripts(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[2]!;
    if (!specifier.startsWith(".")) continue;
    const target = path.resolve(ROOT, path.dirname(file), specifier);
    if (target === SCRIPTS || target.startsWith(SCRIPTS + path.sep)) {
      const line = text.slice(0, match.index).split("\n").length;
      found.push(`${file}:${line} -> ${specifier}`);
    }
  }
  return found;
}

describe("nothing outside scripts/ imports from scripts/", () => {
  it("finds an import, an export, a dynamic import and a require that reach into scripts/, and no command that runs a tool", () => {
    // Built from `tools`, so that this file's own text imports nothing from scripts/.
    const tools = "../scripts";
    const text = [
      `import { compose } from "${tools}/composition.js";`,
      `export { USAGE } from "${tools}/operations.js";`,
      `const tool = await import("${tools}/stack.js");`,
      `const old = require("${tools}/keys.js");`,
      'execFileSync(process.execPath, ["--import", "tsx", "scripts/compose.ts"]);',
      'import { ROOT } from "./support/processes.js";',
      'import { stackUp } from "@gcm-hub/deploy/composeStack";',
    ].join("\n");
    expect(importsFromScripts("test/example.test.ts", text)).toEqual([
      `test/example.test.ts:1 -> ${tools}/composition.js`,
      `test/example.test.ts:2 -> ${tools}/operations.js`,
      `test/example.test.ts:3 -> ${tools}/stack.js`,
      `test/example.test.ts:4 -> ${tools}/keys.js`,
    ]);
    expect(importsFromScripts("gateway/src/example.ts", `import "../${tools}/bench/load.js";`)).toEqual([`gateway/src/example.ts:1 -> ../${tools}/bench/load.js`]);
  });

  it("holds for every source file of the repository", () => {
    const files = sourcesOutsideScripts();
    // The walk must reach the folders that once imported from scripts/.
    expect(files).toEqual(expect.arrayContaining(["test/frontEndGuide.test.ts", "test/support/kubePlay.ts", "test/containers/stack.test.ts", "gateway/src/operationsCommand.ts"]));
    const offenders = files.flatMap((file) => importsFromScripts(file, fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(offenders, `move what these import out of scripts/ (into a package) and import it from there:\n${offenders.join("\n")}`).toEqual([]);
  });
});
