// Serves the diaspora subgraph alone: PORT (default 4004), DATABASE_URL or embedded PGlite.
import { runStandalone } from "@gcm-hub/kit";
import { diaspora } from "./server.js";

await runStandalone(diaspora);
