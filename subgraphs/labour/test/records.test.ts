// The labour department's agreement writes under the rules every department shares
// (the kit's describeRecordWrites): who may write, refusals by argument, the audit
// trail, retries and concurrent writes.
import { describeRecordWrites } from "@gcm-hub/kit/record-suite";
import { labour } from "../src/server.js";
import { agreementInput } from "./agreementInput.js";

const agreement = (code: string) => agreementInput({ code, initiative: null });

describeRecordWrites({
  definition: labour,
  statusChanges: [
    {
      mutation: "updateLabourMobilityAgreementStatus",
      statusType: "LabourMobilityAgreementStatus",
      action: "updateAgreementStatus",
      entity: "LabourMobilityAgreement",
      noun: "labour mobility agreement",
      readField: "labourMobilityAgreement",
      code: "LMA_TUNISIA",
      from: "UNDER_NEGOTIATION",
      to: "CONCLUDED",
      raced: { code: "LMA_GEORGIA", to: "SIGNED" },
    },
  ],
  creations: [
    {
      mutation: "createLabourMobilityAgreement",
      inputType: "LabourMobilityAgreementInput",
      action: "createAgreement",
      entity: "LabourMobilityAgreement",
      noun: "labour mobility agreement",
      readField: "labourMobilityAgreement",
      input: agreement,
      seededCode: "LMA_INDIA",
    },
  ],
});
