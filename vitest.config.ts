import { configDefaults, defineConfig } from "vitest/config";

// Checks of the repository itself (the paths docs name, nothing importing from scripts/):
// they read files only (no hub, no database), so they are unit tests.
const REPOSITORY_CHECKS = ["test/docsPaths.test.ts", "test/scriptsImports.test.ts"];

// Unit tests sit beside the code (subgraphs/*/test, and the developer tools' own in
// scripts/test); hub tests boot the whole hub in process (test/). Both run on PGlite,
// or on PostgreSQL with DATABASE_URL.
export default defineConfig({
  // graphql 16 ships CJS (main) and ESM (module) builds. Node loads the CJS one for
  // Apollo's packages; make the code vitest transforms use the same instance.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: more workers only contend for the CPU (PGlite is CPU-bound).
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: "unit", include: ["subgraphs/**/test/**/*.test.ts", "gateway/**/test/**/*.test.ts", "platform/test/**/*.test.ts", "scripts/test/**/*.test.ts", ...REPOSITORY_CHECKS] } },
      { extends: true, test: { name: "e2e", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, "test/browser/**", "test/topology/**", "test/containers/**", ...REPOSITORY_CHECKS] } },
      // Chromium against the hub (test/browser): run once by CI (`--project browser`), not in
      // the two database runs; what it checks (pages, scripts, charts) is the same on either database.
      { extends: true, test: { name: "browser", include: ["test/browser/**/*.test.ts"] } },
      // The production topology (processes, PostgreSQL, Redis): run once, alone, by its own CI step.
      { extends: true, test: { name: "topology", include: ["test/topology/**/*.test.ts"], fileParallelism: false } },
      // The compose stack from the container images (podman; `npm run images` first): run once, alone, by its own CI step.
      { extends: true, test: { name: "containers", include: ["test/containers/**/*.test.ts"], fileParallelism: false } },
    ],
  },
});
