// The guide's codegen.ts (docs/front-end.md, "A typed client"); only the schema's path differs.
// Its two options make the output pass tsc under NodeNext in an ES module package: `.js` on
// relative imports (emitLegacyCommonJSImports: false) and `import type` for types
// (useTypeImports, which verbatimModuleSyntax requires).
import type { CodegenConfig } from "@graphql-codegen/cli";
const config: CodegenConfig = {
  schema: "../../schema/api.graphql", // the hub's; a team outside the repository copies it, or uses its URL where introspection is on
  documents: "src/**/*.graphql",
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
      config: { emitLegacyCommonJSImports: false, useTypeImports: true },
    },
  },
};
export default config;
