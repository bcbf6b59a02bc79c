// Serves the border subgraph alone: PORT (default 4002), DATABASE_URL or embedded PGlite.
import { runStandalone } from "@gcm-hub/kit";
import { border } from "./server.js";

await runStandalone(border);
