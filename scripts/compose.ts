// npm run compose            writes schema/supergraph.graphql and schema/api.graphql
// npm run compose -- --check fails when either committed file is stale or composition fails
import fs from "node:fs";
import path from "node:path";
import { API_SCHEMA_PATH, compose, readSubgraphSdls, SUPERGRAPH_PATH } from "./composition.js";

const check = process.argv.includes("--check");
const subgraphs = await readSubgraphSdls();
const outcome = compose(subgraphs);

if (!outcome.ok) {
  console.error(`Composition failed (${subgraphs.map((subgraph) => subgraph.name).join(", ")}):`);
  for (const problem of outcome.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const outputs = [
  { file: SUPERGRAPH_PATH, content: outcome.supergraphSdl },
  { file: API_SCHEMA_PATH, content: outcome.apiSchema },
];
const agree = `${subgraphs.length} subgraphs: ${subgraphs.map((subgraph) => subgraph.name).join(", ")}; Apollo and Guild composition agree`;
if (check) {
  const stale = outputs.filter(({ file, content }) => !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== content);
  for (const { file } of stale) {
    console.error(`${path.relative(process.cwd(), file)} is stale: it differs from what the subgraphs' SDL composes to.`);
  }
  if (stale.length > 0) {
    console.error("Run `npm run compose` and commit the result.");
    process.exit(1);
  }
  console.log(`schema/supergraph.graphql and schema/api.graphql are up to date (${agree}).`);
} else {
  for (const { file, content } of outputs) fs.writeFileSync(file, content);
  console.log(`Wrote schema/supergraph.graphql and schema/api.graphql (${agree}).`);
}
