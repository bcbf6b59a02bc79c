// The border department's figures under the rules every department shares (the kit's
// describeDepartmentFigures): who may write, validation, drafts private on every read
// path, publication, corrections as revisions, the audit trail, retries and concurrency.
import { describeDepartmentFigures } from "@gcm-hub/kit/figure-suite";
import { border } from "../src/server.js";

describeDepartmentFigures({
  definition: border,
  prefix: "border",
  figure: { label: "Presumed victims of trafficking flagged at the border", value: 42, unit: "people", objective: 10 },
  readPaths: [{ name: "figure by id", query: `query($id: ID!) { borderFigure(id: $id) { id } }`, variables: (id) => ({ id }), shows: (data, id) => data.borderFigure?.id === id }],
});
