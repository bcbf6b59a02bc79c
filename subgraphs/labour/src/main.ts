// Serves the labour subgraph alone: PORT (default 4005), DATABASE_URL or embedded PGlite.
import { runStandalone } from "@gcm-hub/kit";
import { labour } from "./server.js";

await runStandalone(labour);
