// The plan department's initiative writes under the rules every department shares
// (the kit's describeRecordWrites): who may write, refusals by argument, the audit
// trail, retries and concurrent writes.
import { describeRecordWrites } from "@gcm-hub/kit/record-suite";
import { plan } from "../src/server.js";

const initiative = (code: string) => ({
  code,
  name: "Labour mobility agreement with Bangladesh",
  description: "Agreement on the recruitment of Bangladeshi workers for the Portuguese labour market.",
  status: "UNDER_NEGOTIATION",
  objectives: [5],
  participants: [{ department: "IEFP", role: "LEAD" }],
  countries: [],
  source: { document: "ACM monitoring note, March 2023", reference: "Section 2", quote: "negotiations with Bangladesh have started" },
});

describeRecordWrites({
  definition: plan,
  statusChanges: [
    {
      mutation: "updateInitiativeStatus",
      statusType: "InitiativeStatus",
      action: "updateInitiativeStatus",
      entity: "Initiative",
      noun: "initiative",
      readField: "initiative",
      code: "MYSEF",
      from: "IN_PROGRESS",
      to: "COMPLETED",
      raced: { code: "RIMM", to: "COMPLETED" },
    },
  ],
  creations: [
    {
      mutation: "createInitiative",
      inputType: "InitiativeInput",
      action: "createInitiative",
      entity: "Initiative",
      noun: "initiative",
      readField: "initiative",
      input: initiative,
      seededCode: "MYSEF",
    },
  ],
});
