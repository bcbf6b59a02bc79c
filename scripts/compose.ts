// npm run compose            writes schema/supergraph.graphql
// npm run compose -- --check fails when the committed file is stale or composition fails
import fs from "node:fs";
import path from "node:path";
import { compose, readSubgraphSdls, SUPERGRAPH_PATH } from "./composition.js";

const check = process.argv.includes("--check");
const subgraphs = await readSubgraphSdls();
const outcome = compose(subgraphs);
const relative = path.relative(process.cwd(), SUPERGRAPH_PATH);

if (!outcome.ok) {
  console.error(`Composition failed (${subgraphs.map((subgraph) => subgraph.name).join(", ")}):`);
  for (const problem of outcome.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
if (check) {
  const committed = fs.existsSync(SUPERGRAPH_PATH) ? fs.readFileSync(SUPERGRAPH_PATH, "utf8") : "";
  if (committed !== outcome.supergraphSdl) {
    console.error(`${relative} is stale: it differs from what the subgraphs' SDL composes to. Run \`npm run compose\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${relative} is up to date (${subgraphs.length} subgraphs; Apollo and Guild composition agree).`);
} else {
  fs.writeFileSync(SUPERGRAPH_PATH, outcome.supergraphSdl);
  console.log(`Wrote ${relative} from ${subgraphs.length} subgraphs (Apollo and Guild composition agree).`);
}
