// npm run build: the production bundles, the gateway and the one-subgraph process (see productionBundles.ts).
import { buildGateway, buildSubgraphProcess, GATEWAY_BUNDLE, SUBGRAPH_BUNDLE } from "./productionBundles.js";

await Promise.all([buildGateway(), buildSubgraphProcess()]);
console.log(`Built ${GATEWAY_BUNDLE} and ${SUBGRAPH_BUNDLE}; in production run them with:
  node ${GATEWAY_BUNDLE}                        (npm run start:gateway:production)
  node ${SUBGRAPH_BUNDLE} <subgraph>   (npm run start:subgraph:production -- <subgraph>)`);
