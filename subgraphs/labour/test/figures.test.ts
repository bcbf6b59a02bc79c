// The labour department's figures under the rules every department shares (the kit's
// describeDepartmentFigures): who may write, validation, drafts private on every read
// path, publication, corrections as revisions, the audit trail, retries and concurrency.
import { describeDepartmentFigures } from "@gcm-hub/kit/figure-suite";
import { labour } from "../src/server.js";

describeDepartmentFigures({
  definition: labour,
  prefix: "labour",
  figure: { label: "Work permits processed through the India agreement", value: 1250, unit: "permits", objective: 5 },
});
