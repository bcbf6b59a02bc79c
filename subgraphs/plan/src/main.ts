// Serves the plan subgraph alone: PORT (default 4001), DATABASE_URL or embedded PGlite.
import { runStandalone } from "@gcm-hub/kit";
import { plan } from "./server.js";

await runStandalone(plan);
