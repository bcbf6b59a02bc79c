// This package's tests run with the settings every subgraph shares.
export { default } from "@gcm-hub/kit/vitest.subgraph";
