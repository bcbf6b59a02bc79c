// The vitest settings every subgraph package tests with (its vitest.config.ts
// re-exports them), in the hub and lifted out of it alike.
// Plain JavaScript: vitest loads a config from node_modules without transforming it.
import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql 16 ships CJS (main) and ESM (module) builds. Node loads the CJS one for
  // Apollo's packages; make the code vitest transforms use the same instance.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    include: ["test/**/*.test.ts"],
    // The kit and the platform ship TypeScript: transform them, wherever they are installed.
    server: { deps: { inline: [/@gcm-hub\//] } },
  },
});
