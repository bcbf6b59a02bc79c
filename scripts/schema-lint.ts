// npm run schema:lint: lints every subgraph's schema.graphql and the kit's shared
// contract they merge, and the composed supergraph's department boundaries; exits 1
// on any problem.
import fs from "node:fs";
import path from "node:path";
import { SHARED_SCHEMA_FILE } from "@gcm-hub/kit";
import { formatLintProblem, lintDepartmentBoundaries, lintSubgraphSdl } from "./schemaLint.js";
import { SUBGRAPH_NAMES } from "../subgraphs/registry.js";
import { ROOT } from "./subgraph-names.js";

let count = 0;
for (const file of [...SUBGRAPH_NAMES.map((name) => path.join("subgraphs", name, "schema.graphql")), path.relative(ROOT, SHARED_SCHEMA_FILE)]) {
  const problems = lintSubgraphSdl(file, fs.readFileSync(path.join(ROOT, file), "utf8"));
  for (const problem of problems) console.error(formatLintProblem(problem));
  count += problems.length;
}
const boundaries = lintDepartmentBoundaries(fs.readFileSync(path.join(ROOT, "schema", "supergraph.graphql"), "utf8"));
for (const problem of boundaries) console.error(`${problem.coordinate}: ${problem.message}`);
count += boundaries.length;
if (count > 0) {
  console.error(`\nschema:lint found ${count} problem(s): add a description (a "string" before the definition), fix the name, or make the field nullable (docs/partial-answers.md).`);
  process.exit(1);
}
console.log(`schema:lint: every subgraph's types, fields, arguments and enum values are described and conventionally named; fields are nullable at department boundaries.`);
