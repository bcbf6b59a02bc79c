// The social department's figures under the rules every department shares (the kit's
// describeDepartmentFigures): who may write, validation, drafts private on every read
// path, publication, corrections as revisions, the audit trail, retries and concurrency.
import { describeDepartmentFigures } from "@gcm-hub/kit/figure-suite";
import { social } from "../src/server.js";

describeDepartmentFigures({
  definition: social,
  prefix: "socialProtection",
  figure: { label: "Foreign citizens with an NHS number allocated in 2022", value: 52000, unit: "NHS numbers", objective: 15 },
});
