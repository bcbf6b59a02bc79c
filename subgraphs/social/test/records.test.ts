// The social department's convention writes under the rules every department shares
// (the kit's describeRecordWrites): who may write, refusals by argument, the audit
// trail, retries and concurrent writes.
import { describeRecordWrites } from "@gcm-hub/kit/record-suite";
import { social } from "../src/server.js";

const convention = (code: string) => ({
  code,
  name: "Bilateral social security convention with Morocco",
  kind: "BILATERAL",
  status: "UNDER_NEGOTIATION",
  description: "New bilateral social security convention being negotiated with Morocco.",
  objective: 22,
  countries: [{ country: "MA", role: "NEGOTIATING_PARTY" }],
  initiative: null,
  source: { document: "ISS activity report 2022", reference: "Chapter 5", quote: "negotiations with Morocco have started" },
});

describeRecordWrites({
  definition: social,
  statusChanges: [
    {
      mutation: "updateSocialSecurityConventionStatus",
      statusType: "ConventionStatus",
      action: "updateConventionStatus",
      entity: "SocialSecurityConvention",
      noun: "social security convention",
      readField: "socialSecurityConvention",
      code: "BILATERAL_CHINA",
      from: "UNDER_NEGOTIATION",
      to: "IN_FORCE",
      raced: { code: "BILATERAL_ISRAEL", to: "NEGOTIATION_FORESEEN" },
    },
  ],
  creations: [
    {
      mutation: "createSocialSecurityConvention",
      inputType: "SocialSecurityConventionInput",
      action: "createConvention",
      entity: "SocialSecurityConvention",
      noun: "social security convention",
      readField: "socialSecurityConvention",
      input: convention,
      seededCode: "BILATERAL_SERBIA",
    },
  ],
});
