// The integration department's figures under the rules every department shares (the kit's
// describeDepartmentFigures): who may write, validation, drafts private on every read
// path, publication, corrections as revisions, the audit trail, retries and concurrency.
import { describeDepartmentFigures } from "@gcm-hub/kit/figure-suite";
import { integration } from "../src/server.js";

describeDepartmentFigures({
  definition: integration,
  prefix: "integration",
  figure: { label: "People assisted at the CLAIMs", value: 61200, unit: "people", objective: 16 },
  readPaths: [
    {
      name: "a programme's and a centre type's figures",
      query: `{ integrationProgramme(code: "GIP_MANAGEMENT_SYSTEM") { figures { id } } supportCentreType(code: "GIP") { figures { id } } }`,
      // The figure gains both links, as a seeded one has them.
      link: (sql, id) => sql(`UPDATE integration.observation SET programme_code = 'GIP_MANAGEMENT_SYSTEM', centre_type_code = 'GIP' WHERE code = $1`, [id]),
      shows: (data, id) => [...data.integrationProgramme.figures, ...data.supportCentreType.figures].some((figure: { id: string }) => figure.id === id),
    },
  ],
});
