// Shapes of the labour subgraph's seed records: the columns each write takes (Prisma's
// create input of the table), with the links a record's own tables hold. The records
// themselves live in report.ts and come, paragraph by paragraph, from the 2022
// voluntary national report (../shared/seeds/000_c0d0c09c999250f2.txt).
import type { Prisma } from "../../src/generated/prisma/client.js";
import type { InspectedSector } from "../../src/generated/prisma/enums.js";

export type { LabourMobilityAgreementColumns } from "../../src/data/agreementColumns.js";

/** An inspection campaign: its row, and the sectors, bodies (plan's department codes) and countries it involved. */
export type InspectionCampaignColumns = Prisma.InspectionCampaignCreateManyInput & {
  sectors: InspectedSector[];
  bodies: string[];
  countries: Omit<Prisma.InspectionCountryCreateManyInput, "campaignCode">[];
};
