// Serves the integration subgraph alone: PORT (default 4003), DATABASE_URL or embedded PGlite.
import { runStandalone } from "@gcm-hub/kit";
import { integration } from "./server.js";

await runStandalone(integration);
