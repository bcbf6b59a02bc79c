// The social department's figures under the rules every department shares (the kit's
// describeDepartmentFigures): who may write, validation, drafts private on every read
// path, publication, corrections as revisions, the audit trail, retries and concurrency.
import { describeDepartmentFigures } from "@gcm-hub/kit/figure-suite";
import { social } from "../src/server.js";

describeDepartmentFigures({
  definition: social,
  prefix: "socialProtection",
  auditTrail: "socialAuditTrail",
  noun: "social protection figure",
  figure: {
    label: "Foreign citizens with an NHS number allocated in 2022",
    value: 52000,
    unit: "NHS numbers",
    period: { start: "2022-01", end: "2022-06", label: "first half of 2022" },
    objective: 15,
    source: { document: "SNS activity report 2022", reference: "Table 4", quote: "52 thousand NHS numbers" },
  },
});
