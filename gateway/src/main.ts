// Serves the gateway alone, in front of subgraphs already running.
import { readConfigOrExit } from "@gcm-hub/platform";
import { readGatewayConfig } from "./config.js";
import { createGateway } from "./gateway.js";

const config = readConfigOrExit(() => readGatewayConfig());
const gateway = createGateway({ config });
const url = await gateway.listen();
console.log(`GCM Hub gateway at ${url}${config.graphiql ? " (GraphiQL: open it in a browser)" : ""}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await gateway.stop();
    process.exit(0);
  });
}
