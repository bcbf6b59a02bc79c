// The diaspora department's project and agreement writes under the rules every
// department shares (the kit's describeRecordWrites): who may write, refusals by
// argument, the audit trail, retries and concurrent writes.
import { describeRecordWrites } from "@gcm-hub/kit/record-suite";
import { diaspora } from "../src/server.js";

const agreement = (code: string) => ({
  code,
  name: "Strategic Cooperation Programme",
  kind: "STRATEGIC_COOPERATION_PROGRAMME",
  purpose: "Frame Portugal's development cooperation with a partner country.",
  description: "A programme of development cooperation with projects in Mozambique.",
  countries: [{ country: "MZ", role: "PROJECT_LOCATION" }],
  objectives: [2],
  initiative: null,
  source: { document: "Camões annual report 2022", reference: "Chapter 3", quote: "a strategic cooperation programme" },
});

describeRecordWrites({
  definition: diaspora,
  statusChanges: [
    {
      mutation: "updateDevelopmentProjectStatus",
      statusType: "DiasporaMeasureStatus",
      action: "updateDevelopmentProjectStatus",
      entity: "DevelopmentProject",
      noun: "development project",
      readField: "developmentProject",
      code: "MOZAMBIQUE_CABO_DELGADO_DEVELOPMENT_SUPPORT",
      from: "ACTIVE",
      to: "COMPLETED",
      raced: { code: "CABO_VERDE_GUINEA_BISSAU_SECURITY_MIGRATION_SUPPORT", to: "EXPANDING" },
    },
    {
      mutation: "updateCooperationAgreementStatus",
      statusType: "DiasporaMeasureStatus",
      action: "updateCooperationAgreementStatus",
      entity: "CooperationAgreement",
      noun: "cooperation agreement",
      readField: "cooperationAgreement",
      code: "STRATEGIC_COOPERATION_PROGRAMMES",
      from: "ACTIVE",
      to: "EXPANDING",
      raced: { code: "TRIANGULAR_COOPERATION_MEMORANDA", to: "COMPLETED" },
    },
  ],
  creations: [
    {
      mutation: "createCooperationAgreement",
      inputType: "CooperationAgreementInput",
      action: "createCooperationAgreement",
      entity: "CooperationAgreement",
      noun: "cooperation agreement",
      readField: "cooperationAgreement",
      input: agreement,
      seededCode: "TRIANGULAR_COOPERATION_MEMORANDA",
    },
  ],
});
