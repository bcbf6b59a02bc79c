// graphql-codegen for the whole hub: each subgraph's resolver types (the kit's
// subgraphResolverTypes, which each subgraph's own codegen.ts also uses), typed
// documents for the operations in schema/operations, and the manifest of trusted
// documents the gateway serves in production.
import fs from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { sharedContractTypes, subgraphResolverTypes } from "@gcm-hub/kit/codegen";

// The one list of subgraphs (see subgraphs/registry.ts).
const SUBGRAPH_NAMES: string[] = JSON.parse(fs.readFileSync("subgraphs/subgraphs.json", "utf8"));
const resolverTypes = Object.assign({}, ...SUBGRAPH_NAMES.map((name) => subgraphResolverTypes(name, `subgraphs/${name}`)));

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...sharedContractTypes("subgraphs/kit"),
    ...resolverTypes,
    // Typed documents for front-ends and tests, and the trusted-documents manifest
    // (sha256 -> document) of the client "hub" the gateway accepts in production: the golden
    // operations, the figures sheet's (gateway/src/operations), the dashboard's and each department's writes (subgraphs/<name>/operations),
    // so a department can write through a production gateway. Front-end teams outside the
    // repository publish their own manifests instead (npm run operations:publish; see docs/front-end.md).
    "schema/generated/": {
      schema: "schema/api.graphql",
      documents: ["schema/operations/*.graphql", "gateway/src/operations/*.graphql", "gateway/web/dashboard/operations/*.graphql", ...SUBGRAPH_NAMES.map((name) => `subgraphs/${name}/operations/*.graphql`)],
      preset: "client",
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
      config: { useTypeImports: true, enumsAsTypes: true, emitLegacyCommonJSImports: false, scalars: { ID: { input: "string", output: "string" } } },
    },
  },
};

export default config;
