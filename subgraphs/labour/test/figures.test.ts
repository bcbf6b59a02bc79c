// The labour department's figures under the rules every department shares (the kit's
// describeDepartmentFigures): who may write, validation, drafts private on every read
// path, publication, corrections as revisions, the audit trail, retries and concurrency.
import { describeDepartmentFigures } from "@gcm-hub/kit/figure-suite";
import { labour } from "../src/server.js";

describeDepartmentFigures({
  definition: labour,
  prefix: "labour",
  auditTrail: "labourAuditTrail",
  noun: "labour figure",
  figure: {
    label: "Work permits processed through the India agreement",
    value: 1250,
    unit: "permits",
    period: { start: "2022-01", end: "2022-06", label: "first half of 2022" },
    objective: 5,
    source: { document: "IEFP half-year report 2022", reference: "Table 3", quote: "1 250 permits" },
  },
});
