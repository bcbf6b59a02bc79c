// Serves the social subgraph alone: PORT (default 4006), DATABASE_URL or embedded PGlite.
import { runStandalone } from "@gcm-hub/kit";
import { social } from "./server.js";

await runStandalone(social);
