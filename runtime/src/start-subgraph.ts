// npm run start:subgraph -- <name>: one subgraph alone, on PostgreSQL when
// DATABASE_URL is set (its own schema), else on its own embedded PGlite.
import { runStandalone } from "@gcm-hub/kit";
import { isSubgraphName, loadSubgraph, SUBGRAPH_NAMES } from "../../subgraphs/registry.js";

const name = process.argv[2];
if (!isSubgraphName(name)) {
  console.error(`${name ? `Unknown subgraph "${name}". ` : ""}Usage: npm run start:subgraph -- <name>\nSubgraphs: ${SUBGRAPH_NAMES.join(", ")}`);
  process.exit(2);
}
await runStandalone(await loadSubgraph(name));
