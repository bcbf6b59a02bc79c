// The integration department's programme and plan writes under the rules every
// department shares (the kit's describeRecordWrites): who may write, refusals by
// argument, the audit trail, retries and concurrent writes.
import { describeRecordWrites } from "@gcm-hub/kit/record-suite";
import { integration } from "../src/server.js";

const plan = (code: string) => ({
  code,
  name: "Municipal Plan for the Integration of Migrants",
  description: "A municipality's plan for the integration of migrants.",
  level: "MUNICIPAL",
  policyArea: "INTEGRATION",
  objectives: [16],
  participants: [{ department: "ACM", role: "LEAD" }],
  source: { document: "Municipal plan 2023-2025", reference: "Chapter 1", quote: "a Municipal Plan for the Integration of Migrants" },
});

describeRecordWrites({
  definition: integration,
  statusChanges: [
    {
      mutation: "updateIntegrationProgrammeStatus",
      statusType: "IntegrationStatus",
      action: "updateIntegrationProgrammeStatus",
      entity: "IntegrationProgramme",
      noun: "integration programme",
      readField: "integrationProgramme",
      code: "LOCAL_HOUSING_STRATEGIES",
      from: "ONGOING",
      to: "COMPLETED",
      raced: { code: "MIGRANT_RECEPTION_GUIDE", to: "COMPLETED" },
    },
  ],
  creations: [
    {
      mutation: "createIntegrationPlan",
      inputType: "IntegrationPlanInput",
      action: "createIntegrationPlan",
      entity: "IntegrationPlan",
      noun: "integration programme",
      readField: "integrationProgramme",
      input: plan,
      seededCode: "NPCRD_2021_2025",
    },
  ],
});
