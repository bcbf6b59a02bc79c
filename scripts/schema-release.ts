// npm run schema:release: records the current API as released to clients
// (schema/released/), the baseline `npm run schema:check` protects. Run it when a
// version of the graph is published; it refuses while composition fails.
import fs from "node:fs";
import path from "node:path";
import { compose, readSubgraphSdls } from "./composition.js";
import { ROOT } from "./subgraph-names.js";

const outcome = compose(await readSubgraphSdls());
if (!outcome.ok) {
  console.error(`Composition failed; nothing released:\n${outcome.problems.map((problem) => `  - ${problem}`).join("\n")}`);
  process.exit(1);
}
const folder = path.join(ROOT, "schema", "released");
fs.mkdirSync(folder, { recursive: true });
fs.writeFileSync(path.join(folder, "api.graphql"), outcome.apiSchema);
fs.writeFileSync(path.join(folder, "supergraph.graphql"), outcome.supergraphSdl);
console.log("Released: schema/released/api.graphql and supergraph.graphql now hold the current API. Commit them.");
