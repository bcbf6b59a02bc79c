// npm run build: bundles the gateway for production (see gatewayBundle.ts).
import { buildGateway, GATEWAY_BUNDLE } from "./gatewayBundle.js";

await buildGateway();
console.log(`Built ${GATEWAY_BUNDLE}; in production run it with: node ${GATEWAY_BUNDLE}`);
