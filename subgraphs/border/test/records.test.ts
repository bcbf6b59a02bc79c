// The border department's project and protocol writes under the rules every department
// shares (the kit's describeRecordWrites): who may write, refusals by argument, the
// audit trail, retries and concurrent writes.
import { describeRecordWrites } from "@gcm-hub/kit/record-suite";
import { border } from "../src/server.js";

const protocol = (code: string) => ({
  code,
  name: "Cooperation Protocol between the OTSH and a trafficking observatory",
  description: "Protocol for the exchange of data on trafficking in persons.",
  signedOn: "2022-03",
  purposes: ["Exchange of data and information"],
  parties: [{ name: "Portuguese Observatory on Human Trafficking (OTSH)", department: "OTSH" }],
  objectives: [10],
  source: { document: "OTSH activity report 2022", reference: "Chapter 4", quote: "a protocol was signed" },
});

describeRecordWrites({
  definition: border,
  statusChanges: [
    {
      mutation: "updateBorderProjectStatus",
      statusType: "BorderCooperationStatus",
      action: "updateProjectStatus",
      entity: "BorderProject",
      noun: "border project",
      readField: "borderProject",
      code: "EUROPOL_JOINT_INITIATIVES",
      from: "ACTIVE",
      to: "SIGNED",
      raced: { code: "RIMM", to: "SIGNED" },
    },
    {
      mutation: "updateBorderProtocolStatus",
      statusType: "BorderCooperationStatus",
      action: "updateProtocolStatus",
      entity: "BorderProtocol",
      noun: "border protocol",
      readField: "borderProtocol",
      code: "OTSH_CABO_VERDE_PROTOCOL",
      from: "SIGNED",
      to: "ACTIVE",
      raced: { code: "AIRPORT_LEGAL_AID_PROTOCOL", to: "SIGNED" },
    },
  ],
  creations: [
    {
      mutation: "createBorderProtocol",
      inputType: "BorderProtocolInput",
      action: "createProtocol",
      entity: "BorderProtocol",
      noun: "border protocol",
      readField: "borderProtocol",
      input: protocol,
      seededCode: "AIRPORT_LEGAL_AID_PROTOCOL",
    },
  ],
});
