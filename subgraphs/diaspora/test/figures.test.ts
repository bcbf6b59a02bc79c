// The diaspora department's figures under the rules every department shares (the kit's
// describeDepartmentFigures): who may write, validation, drafts private on every read
// path, publication, corrections as revisions, the audit trail, retries and concurrency.
import { describeDepartmentFigures } from "@gcm-hub/kit/figure-suite";
import { diaspora } from "../src/server.js";

describeDepartmentFigures({
  definition: diaspora,
  prefix: "diaspora",
  figure: { label: "Protocols signed with municipalities for Emigrant Support Offices", value: 195, unit: "protocols", objective: 14 },
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
