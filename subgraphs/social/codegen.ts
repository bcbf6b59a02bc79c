// graphql-codegen for this subgraph alone (npm run codegen in this package): its
// resolver types, by the kit's conventions.
import type { CodegenConfig } from "@graphql-codegen/cli";
import { subgraphResolverTypes } from "@gcm-hub/kit/codegen";

const config: CodegenConfig = { overwrite: true, generates: subgraphResolverTypes("social") };

export default config;
