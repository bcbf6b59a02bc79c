// The diaspora department's figures under the rules every department shares (the kit's
// describeDepartmentFigures): who may write, validation, drafts private on every read
// path, publication, corrections as revisions, the audit trail, retries and concurrency.
import { describeDepartmentFigures } from "@gcm-hub/kit/figure-suite";
import { diaspora } from "../src/server.js";

describeDepartmentFigures({
  definition: diaspora,
  prefix: "diaspora",
  auditTrail: "diasporaAuditTrail",
  noun: "diaspora figure",
  figure: {
    label: "Protocols signed with municipalities for Emigrant Support Offices",
    value: 195,
    unit: "protocols",
    period: { start: "2022-01", end: "2022-06", label: "first half of 2022" },
    objective: 14,
    source: { document: "DGACCP half-year report 2022", reference: "Table 2", quote: "195 protocols" },
  },
  readPaths: [
    {
      name: "the GAE network's figures",
      query: `{ supportOfficeNetwork(code: "GAE_NETWORK") { figures { id } } }`,
      // A record lists its figures by code.
      link: (sql, id) => sql(`UPDATE diaspora.support_office_network SET figure_codes = array_append(figure_codes, $1) WHERE code = 'GAE_NETWORK'`, [id]),
      shows: (data, id) => data.supportOfficeNetwork.figures.some((figure: { id: string }) => figure.id === id),
    },
  ],
});
